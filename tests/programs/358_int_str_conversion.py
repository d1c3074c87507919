for n in (0, 7, -7, 10, 255, 2 ** 31, 2 ** 63 - 1, -(2 ** 63), 10 ** 30, -(3 ** 90)):
    print(str(n), repr(n), format(n, "x"), format(n, "o"), format(n, "b")[-20:], int(str(n)) == n, int(format(n, "x"), 16) == n)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
for b in (2, 3, 7, 16, 36):
    s = to_base(123456789, b)
    print(b, s, int(s, b))
print(int("-" + to_base(10 ** 25, 36), 36), str(10 ** 100)[:15], len(str(2 ** 10000)), str(2 ** 1000)[-10:])
print(int("1" * 100) % 97, int("   -000123  "), int("+0"), str(-0), int("0" * 50))
