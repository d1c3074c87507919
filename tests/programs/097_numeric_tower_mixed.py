print(1 + 2.0, 1 + 2j, 2.0 + 1j, True + 1.5, 1 * True)
print(type(1 + True).__name__, type(1 + 1.0).__name__, type(1.0 + 1j).__name__)
print(1 == 1.0 == 1 + 0j == True, 0.5 == 1 / 2, 2 ** 53 == 2.0 ** 53, 2 ** 53 + 1 == 2.0 ** 53 + 1)
print(10 ** 20 == 1e20, 10 ** 23 == 1e23, int(1e23), 10 ** 400 > 1e308, -10 ** 400 < -1e308)
print(10 ** 400 < float("inf"), 1 < float("nan"), 1 > float("nan"))
print((2 ** 63) * 1.0, 9007199254740993 == 9007199254740992.0, 9007199254740993 < 9007199254740992.0 + 2)
print(max(1, 2.0, True), min(0, False, 0.0), sorted([3, 2.5, True, -1j.imag]))
try:
    1j < 1
except TypeError as e:
    print(e)
print(hash(1) == hash(1.0) == hash(1 + 0j) == hash(True))
print({1: "int", 1.0: "float", True: "bool"})
print(round(True), abs(False), -True, int(2.9), int(-2.9), int(True))
