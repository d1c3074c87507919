for n in (0, 1, 255, -255, 2 ** 64, -(2 ** 100) + 1):
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), n.conjugate(), n.real, n.imag, n.numerator, n.denominator)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print((255).to_bytes(1, "big"), (0).to_bytes(0, "big"), (65535).to_bytes(2, byteorder="little"))
print((5).to_bytes(), int.from_bytes(b"\x05"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 2, 3], "big"), int.from_bytes(b"", "big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print(type(e).__name__, e)
print(int.__name__, (7).__index__(), (7).__int__(), (7).__float__(), (7).__trunc__(), (7).__round__(), (1234).__round__(-2))
print(round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1), round(7, 0))
print((3).__floor__(), (3).__ceil__(), (-7).__abs__(), (10).__neg__(), (5).__pos__(), (6).__invert__())
print(int.is_integer(5) if hasattr(int, "is_integer") else "no is_integer in 3.11")
