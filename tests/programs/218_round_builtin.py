print([round(x) for x in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.5000000000000004)])
print(round(2.675, 2), round(2.665, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(-0.125, 2))
print(round(123.456, -1), round(123.456, -2), round(155, -1), round(165, -1), round(-155, -1), round(5, -1), round(15, -1))
print(round(1e300, -300), round(1.5e-300, 300), round(0.1 + 0.2, 15), round(2.5, 0), round(3, 2), round(-0.0), round(-0.4))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2, 1)).__name__, round(2 ** 70 + 1, -10))
print(round(1234567.891, 1), round(0.5, 1), round(1e16 + 2.0, -1), round(7.0, 400), round(7.25, -400))
class R:
    def __round__(self, n=None): return ("round", n)
print(round(R()), round(R(), 3), round(True), round(False, 2))
for bad in (lambda: round("1"), lambda: round(1.5, 1.5), lambda: round(float("inf")), lambda: round(float("nan"))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
