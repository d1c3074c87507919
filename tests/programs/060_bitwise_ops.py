a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 3, a >> 2, -a >> 1, -1 >> 100, 1 << 200)
print(-12 & 0xFF, -12 | 3, -12 ^ -3, ~-12, (-1) & (2 ** 70 - 1))
print(2 ** 65 & 2 ** 65 + 1, (2 ** 65 | 1) >> 64, -(2 ** 65) >> 3)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 1).__name__)
for bad in ("1 << -1", "1 >> -1", "1.0 & 1", "1 << 1.0"):
    try:
        eval(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(0 << 1000, 12345 >> 64, -12345 >> 64)
