# Mixed int/float/complex arithmetic and comparisons across the tower, with user classes in the mix.
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

values = [0, 3, -2, 2**70, True, 0.0, -1.5, 1e300, float("inf"), 0j, 2 - 1j, complex(0, -0.0)]
ops = ["+", "-", "*", "/", "//", "%", "**", "==", "<"]
for a in values:
    row = []
    for b in values:
        for op in ops:
            if op == "**" and isinstance(b, int) and abs(b) > 1000:
                row.append("skip")
                continue
            try:
                r = eval(f"a {op} b")
                row.append(repr(r))
            except Exception as e:
                row.append(type(e).__name__)
    print(repr(a), " ".join(row))

class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    __radd__ = __add__
    def __mul__(self, o):
        return NotImplemented
    def __rmul__(self, o):
        return Num(o * self.v)
    def __eq__(self, o):
        return isinstance(o, (int, float, complex)) and self.v == o
    def __lt__(self, o):
        return self.v < o
    def __float__(self):
        return float(self.v)
    def __index__(self):
        return int(self.v)
    def __complex__(self):
        return complex(self.v, 1)
print(Num(1) + 2, 2 + Num(1), 2.5 + Num(1), 1j + Num(1), 3 * Num(2), 1.5 * Num(2), Num(2) == 2, 2 == Num(2), 2.0 == Num(2))
print(3 > Num(2), float(Num(2)), complex(Num(2)), [10, 20, 30][Num(1)], bin(Num(5)))
show("1.5 < Num", lambda: 1.5 < Num(2))
show("Num * Num", lambda: Num(1) * Num(2))
show("Num - 1", lambda: Num(1) - 1)
show("int(Num)", lambda: int(Num(3)))
show("1j < Num", lambda: 1j < Num(3))
show("round(Num)", lambda: round(Num(3)))
print(sum([1, 2.5, 3j, True]), sum([0.1] * 10), sum([2**70, 1.0]), max(1, 2.5, True), min(-0.0, 0), min(0, -0.0))
print(abs(-2**70), abs(-0.0), abs(-3j), divmod(-2**70, 3), divmod(-2.5, 1), pow(2, -2), pow(2.0, 3), pow(-1, 0.5))
print(7 // 2.0, -7 // 2, -7 % 2.0, 7 % -2, 2**64 % 5.0, 10**20 / 10**10, 2**53 + 1.0, float(2**53 + 1), 1e16 + 1 == 1e16)
print(1 == 1.0 == 1 + 0j == True, 0.1 + 0.2 != 0.3, 2**1000 > 1e300, 2**1024 > float("inf"), -2**1024 < float("-inf"))
print([x for x in sorted([3, 1.5, -2**65, True, False, 2.0, 10**30, -0.5])], hash(2**61 - 1), hash(2.0**61), hash(complex(2**61)))
