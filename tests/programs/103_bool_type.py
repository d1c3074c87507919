print(True, False, repr(True), str(False), int(True), float(False))
print(True + True, True - False, True * 3, True / 2, True // 1, -True, abs(True), ~False)
print(True & False, True | False, True ^ True, type(True | False).__name__, type(True + 0).__name__)
print(bool(0), bool(1), bool(-1), bool(""), bool("x"), bool(None), bool([]), bool())
print(isinstance(True, int), issubclass(bool, int), True == 1, False == 0)
print(hash(True), hash(False), {True: "a", 1: "b"}, {0, False})
print(True.real, True.imag, True.numerator, True.bit_length(), True.conjugate())
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(bool.__name__, format(True), format(True, "d"), format(True, ">6"), f"{False!r}", "%d" % True, "%s" % True)
print(sum([True, True, False]), max(True, False), sorted([True, False, True]))
print(bool("False"), str(True).lower(), True.__bool__(), (2).__bool__())
