pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (1, 1), (10 ** 20, 3), (-(10 ** 20), 7), (5, 10 ** 20)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
fpairs = [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.0, 1), (0.0, -1), (1e300, 1e-300)]
for a, b in fpairs:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (0, 0)]:
    for op in ("//", "%", "/"):
        try:
            eval(f"a {op} b")
        except ZeroDivisionError as e:
            print(op, type(e).__name__, e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(e)
print(10 ** 30 / 10 ** 10, 2 ** 1000 / 2 ** 999, 1 / 3 * 3)
try:
    2 ** 10000 / 1
except OverflowError as e:
    print(type(e).__name__, e)
print(2 ** 10000 // 2 ** 9999, (2 ** 10000 + 1) % 7)
