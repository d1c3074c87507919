# int //, %, divmod sign rules; shifts with big counts; correctly rounded true division; exact int/float comparison.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

nums = [0, 1, 7, -7, 2**63, -(2**63), 2**64 + 3, -(3**50), 10**40 + 7]
dens = [1, -1, 2, -2, 3, -3, 2**63 - 1, -(2**64), 7**30]
for a in nums:
    print(a, [(a // b, a % b) for b in dens])
    print(all(divmod(a, b) == (a // b, a % b) and (a // b) * b + a % b == a for b in dens))
for x, y in [(-(2**63), -1), (2**63 - 1, -1), (-1, 2**63), (1, -(2**70))]:
    print(x, y, x // y, x % y, divmod(x, y))
show("// 0", lambda: 5 // 0)
show("% 0", lambda: 5 % 0)
show("divmod 0", lambda: divmod(5, 0))
show("/ 0", lambda: 5 / 0)
show("big // 0", lambda: (2**100) // 0)
show("big % 0", lambda: (2**100) % False)

for n in [0, 1, 31, 32, 63, 64, 65, 100, 1000]:
    print(n, 1 << n, -1 << n, (3 << n) >> n, (1 << n) >> 1, -(1 << n) >> 1, 12345 >> n, -12345 >> n)
print(5 >> 2**70, -5 >> 2**70, 0 << 2**70, (2**100) >> 2**70, -(2**100) >> 2**65)
show("neg lshift", lambda: 1 << -1)
show("neg rshift", lambda: 1 >> -1)
show("huge lshift", lambda: 1 << 2**70)
show("bool shift", lambda: True << True)
print(True << 3, type(True << 0).__name__, False >> 1)

# true division: correctly rounded for any size, half-even ties
cases = [(1, 3), (2, 3), (-1, 3), (10**30, 3), (2**53 + 1, 1), (2**53 + 1, 2), (2**54 + 3, 2), (-(2**54) - 3, 2),
         (10**400, 10**399), (1, 10**400), (-1, 10**400), (3**300, 2**400), (2**1074, 2**2148), (1, 2**1075),
         (3, 2**1076), (2**1024 - 2**970 - 1, 1), (7**200, 7**199), (10**22 + 1, 10), (123456789 * 10**300, 10**300)]
for a, b in cases:
    show(f"{a % 1000}/{b % 1000}", lambda: a / b)
show("overflow /", lambda: 2**2000 / 3)
show("overflow / 2", lambda: (2**1024) / 1)
print((2**1024 - 2**970 - 1) / 1, 2**2000 / 2**1000, (2**1075) / 2**2149)

# exact comparison of huge ints and floats
f = 2.0 ** 63
for i in [2**63 - 1, 2**63, 2**63 + 1, 2**53 + 1, -(2**53) - 1, 10**400, -(10**400)]:
    print(i, i == float(f), i < f, i > f, i == f, float(2**53) == 2**53 + 1, 2**53 + 1 > 2.0**53,
          i < float("inf"), i > float("-inf"), i == float("nan"), i != float("nan"), i < float("nan"))
print(2**53 + 1 == 2.0**53, 9007199254740993 > 9007199254740992.0, 1e400 > 10**400, 1.5 > 1, 1.5 < 2, -0.0 == 0)
print(sorted([3, 2.5, 2**70, -1e30, True, 2**70 + 0.0, -(2**100)]))
print(max(2**64, 1.8446744073709552e19), min(2**64, 1.8446744073709552e19), 2**64 == 1.8446744073709552e19)
