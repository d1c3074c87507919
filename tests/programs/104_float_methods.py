for x in (0.0, -0.0, 1.0, 0.5, -2.75, 0.1, 1e300, 5e-324, 3.0, 1 / 3):
    print(repr(x), x.is_integer(), x.hex(), x.as_integer_ratio(), x.conjugate(), x.real, x.imag)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-1074"), float.fromhex("0x1.fffffffffffffp+1023"), float.fromhex(" 0XAp0 "))
print(float.fromhex("inf"), float.fromhex("-nan"), float.fromhex("0x.8"))
for bad in ("0x1p99999", "xyz"):
    try:
        float.fromhex(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
for bad in (float("inf"), float("nan")):
    try:
        bad.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print((2.5).__round__(), (3.5).__round__(), (2.675).__round__(2), (-0.5).__round__(), (1.5).__trunc__(), (-1.5).__floor__(), (-1.5).__ceil__())
print(float.__getformat__("double"), (1.5).__int__(), (7.9).__trunc__(), int(-7.9))
print((1e100).__int__(), int(1.5e18), int(-0.9))
try:
    int(float("inf"))
except OverflowError as e:
    print(type(e).__name__, e)
try:
    int(float("nan"))
except ValueError as e:
    print(type(e).__name__, e)
