print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 100), abs(3 + 4j), abs(True), abs(-float("inf")))
class A:
    def __abs__(self): return "custom abs"
print(abs(A()))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(-17.5, -5), divmod(True, 2), divmod(2 ** 70, 3 ** 20))
print(pow(2, 8), pow(2.0, -1), pow(-8, 1 / 3), pow(2, 100, 97), pow(7, -1, 40), pow(-7, -1, 40), pow(38, -1, 97))
print(pow(base=2, exp=5), pow(2, 5, mod=7), pow(0, 0), pow(0.0, 0.0), pow(1, 10 ** 6), pow(-1, 10 ** 6 + 1))
for bad in (lambda: abs("x"), lambda: divmod(1, 0), lambda: divmod("a", 1), lambda: pow(2, 3, 0), lambda: pow(6, -1, 9), lambda: pow(2, 3.0, 5), lambda: pow("a", 2)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class P:
    def __pow__(self, o, mod=None): return ("pow", o, mod)
    def __rpow__(self, o): return ("rpow", o)
    def __divmod__(self, o): return "divmod"
    def __rdivmod__(self, o): return "rdivmod"
print(pow(P(), 2), pow(P(), 2, 5), pow(3, P()), P() ** 4, 4 ** P(), divmod(P(), 1), divmod(1, P()))
