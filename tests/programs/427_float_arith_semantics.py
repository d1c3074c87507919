# float %, //, divmod signs and zeros; ** special cases and complex results; hash exactness.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf, nan = float("inf"), float("nan")
xs = [7.5, -7.5, 0.0, -0.0, 1e300, -1e-300, 3, -3, inf, -inf]
ys = [2.0, -2.0, 0.1, -0.1, 1e-300, 7, -7, inf, -inf]
for x in xs:
    print(repr(x), [(x // y, x % y) for y in ys])
    print(repr(x), [divmod(x, y) for y in ys[:4]])
for x, y in [(-0.0, 1.0), (0.0, -1.0), (-0.0, -1.0), (1.0, 3.0), (-1.0, 3.0), (1e-320, 1.0), (-1e-320, 1.0), (5, 0.5)]:
    print(x, y, x % y, x // y, divmod(x, y), x / y)
for x in [1.0, 0.0, -0.0, nan, inf]:
    show(f"{x} / 0", lambda: x / 0.0)
    show(f"{x} // 0", lambda: x // 0)
    show(f"{x} % 0", lambda: x % -0.0)
    show(f"divmod {x} 0", lambda: divmod(x, 0.0))
print(nan % 1.0, 1.0 % nan, nan // 1.0, divmod(1.0, nan), 5 % inf, -5 % inf, 5 // inf, -5 // inf)

for b in [2.0, -2.0, 0.0, -0.0, 1.0, -1.0, 0.5, inf, -inf, nan]:
    row = []
    for e in [0.0, 1.0, 2.0, 3.0, -1.0, -2.0, 0.5, -0.5, inf, -inf, nan, 1e300]:
        try:
            row.append(repr(b ** e))
        except Exception as ex:
            row.append(type(ex).__name__)
    print(repr(b), row)
show("overflow", lambda: 10.0 ** 400)
show("overflow neg", lambda: (-10.0) ** 401)
show("0 neg", lambda: 0.0 ** -1)
show("-0 neg frac", lambda: (-0.0) ** -0.5)
print((-8.0) ** (1 / 3), (-1.0) ** 0.5, (-2) ** 0.5, (-2.5) ** 1.5, (-1e300) ** 0.5, type((-2.0) ** 0.5).__name__)
print((-2.0) ** 2, (-2.0) ** -1, (-1.0) ** 1e300, (-1.0) ** inf, pow(-8, 1 / 3), pow(-2.0, 0.5, None))
print(2 ** 0.5, 2.0 ** 3, 4 ** -0.5, 10 ** -2, 2 ** 1023.0, 2 ** -1074.0)

for v in [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 1e-300, 1e300, 2.0**61, 2.0**62 - 512, 2.0**64, 3.141592653589793,
          1/3, 5e-324, 1.7976931348623157e308, inf, -inf, 123456789.123, 2.0**-30, 1e22, -1e-22]:
    print(repr(v), hash(v), hash(v) == hash(int(v)) if v == v and abs(v) != inf and v == int(v) else "-")
n1, n2 = float("nan"), float("nan")
print(hash(n1) == hash(n1), n1 == n1, n1 is n1, {n1: 1}.get(n1), {n1: 1}.get(n2))
print(hash(1.0) == hash(1) == hash(True), hash(2.0**61 - 1), hash(-(2.0**61) + 1), hash(0.5) == hash(2**60))
print(-0.0 == 0.0, hash(-0.0), {0.0: "a", -0.0: "b"}, 1.5 < 2 < 2.5, 0.1 + 0.2 == 0.3, abs(-0.0), -(0.0))
x = 10.0
x //= 3
print(x)
x %= -2
print(x)
x **= 2
print(x)
x /= 8
print(x)
