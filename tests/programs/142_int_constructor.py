print(int(), int(5), int(-5.9), int(5.9), int("42"), int(" -0 "), int(True), int(1e20), int(2 ** 100), int("١٢٣"))
class HasInt:
    def __int__(self): return 7
class HasIndex:
    def __index__(self): return 8
class HasTrunc:
    def __trunc__(self): return 9
print(int(HasInt()), int(HasIndex()))
for bad in (lambda: int("4.5"), lambda: int(None), lambda: int([1]), lambda: int("0x10"), lambda: int(""), lambda: int(" "), lambda: int("1 2"), lambda: int(1j), lambda: int("9" * 5000)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, str(e)[:90])
print(int("0b11", 0), int("0o7_7", 0), int("0x_aB", 0), int("11", base=2), int(x="5") if False else int("5"), int("-0x10", 16))
class IntSub(int):
    pass
print(type(int(IntSub(3))).__name__, int(IntSub(3)))
print(int("9" * 4300) % 1000, len(str(10 ** 4299)))
try:
    str(10 ** 4300)
except ValueError as e:
    print(type(e).__name__, e)
