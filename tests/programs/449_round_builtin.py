# round(): int and float, ndigits positive/negative/None/huge, half-even, errors
print([round(x) for x in (0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 3.4999, 1e300, -0.0, 2.675)])
print([round(x, 2) for x in (2.675, 1.005, 0.125, 0.375, -0.125, 1.115, 8.345, 1e-3, 0.0049999)])
print([round(x, n) for x in (123456.789, -98765.4321, 0.5, 1234.5) for n in (-4, -3, -2, -1, 0, 1, 3, 9)])
print(round(1e308, -308), round(-1e-300, 5), round(5e-324, 400), round(1.5, -400), round(-1.5, -400))
print([round(n, k) for n in (0, 5, 15, 25, -15, -25, 149, 150, 250, -250, 12345) for k in (-1, -2, 0, 2)])
print(round(10**30 + 5 * 10**10, -11), round(-(10**40) - 5, -1), round(10**20, -100), round(7, 10**30))
print(round(True), type(round(True)).__name__, round(True, 3), round(2.5, None), type(round(2.5, None)).__name__)
print(type(round(2.5, 0)).__name__, round(2.5, 0), round(-0.4, 0), round(7, None), round(-7, -1))
for args in ((float("nan"),), (float("inf"),), (float("-inf"),), (1.0, 1.5), (1, 1.5), (float("inf"), 2),
             (float("nan"), 1), (1.5, 10**30), (1.5, -10**30), (1.7976931348623157e308, -308), ("x",), ([],)):
    try:
        print(repr(round(*args)))
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
class Q:
    def __round__(self, n=None):
        return ("Q", n)
print(round(Q()), round(Q(), 4), round(Q(), None))
