inf, nan = float("inf"), float("nan")
print(inf, -inf, nan, repr(inf), str(-nan), float("-inf"), float("Infinity"), float("  nan "), float("-NaN"))
print(inf + 1, inf - inf, inf * -1, inf / inf, 0 * inf, inf > 1e308, -inf < -1e308, inf == inf)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan is nan, [nan] == [nan])
print(1e308 * 10, -1e308 * 10, 1e-323 / 10, 2.0 ** 1023 * 2)
print(max(1, nan), max(nan, 1), min(nan, 1), sorted([3, 1, 2]))
print(float("1e500"), float("-1e500"), float("1e-500"), -0.0, 0.0 == -0.0, str(-0.0), repr(-0.0))
print(abs(-inf), abs(nan), round(inf) if False else "skip", hash(inf), hash(-inf), hash(0.0), hash(-0.0))
try:
    round(inf)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    round(nan)
except ValueError as e:
    print(type(e).__name__, e)
print(round(inf, 2), round(nan, 1), divmod(inf, 1) if False else "skip")
try:
    float("abc")
except ValueError as e:
    print(type(e).__name__, e)
try:
    float("")
except ValueError as e:
    print(type(e).__name__, e)
print(float("1_000.5"), float(" +1.5e3 "), float(".5"), float("5."), float(b"2.5"))
print(1.0 % inf, -1.0 % inf, inf % 2 if False else "skip", 5.0 // inf, -5.0 // inf)
