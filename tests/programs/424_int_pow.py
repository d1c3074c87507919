# int ** and pow(): negative exponents give floats, three-argument pow with modular inverse.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

for b in [0, 1, -1, 2, -2, 3, 10, -10, 2**40]:
    print(b, [b ** e for e in (0, 1, 2, 3, 5, 17)], [b ** e for e in (0, 1) + ((-1, -2, -3) if b else ())])
print(2 ** 64, 2 ** 100, (-3) ** 41, 7 ** 77, (-1) ** (2**70), (-1) ** (2**70 + 1), 1 ** (2**80), 0 ** (2**80))
print(2 ** -1, 2 ** -1074, 2 ** -1075, 10 ** -5, (-2) ** -3, (2**70) ** -1, type(4 ** -1).__name__)
show("0 ** -1", lambda: 0 ** -1)
show("0 ** -big", lambda: 0 ** -(2**70))
show("overflow neg", lambda: (2**2000) ** -1)
print(pow(2, 10), pow(2, 10, 1000), pow(2, 100, 10**9 + 7), pow(-2, 3, 5), pow(2, 3, -5), pow(-2, 3, -5))
print(pow(3, -1, 7), pow(3, -2, 7), pow(-3, -1, 7), pow(3, -1, -7), pow(5, 0, 1), pow(5, 0, -1), pow(0, 0, 7))
print(pow(2**100, 2**100, 10**20 + 39), pow(12345678901234567890, -1, 10**20 + 39), pow(7, -1, 1))
print(pow(True, 2, 5), pow(2, True, 5), pow(3, 4, True), type(pow(True, True, 5)).__name__)
show("mod 0", lambda: pow(2, 3, 0))
show("not invertible", lambda: pow(2, -1, 4))
show("not invertible 0", lambda: pow(0, -1, 5))
show("float mod", lambda: pow(2, 3, 5.0))
show("float base", lambda: pow(2.0, 3, 5))
show("float exp", lambda: pow(2, 3.0, 5))
show("str mod", lambda: pow(2, 3, "5"))
show("str base", lambda: pow("2", 3, 5))
show("complex mod", lambda: pow(2, 3, 5j))
show("None mod", lambda: pow(2, 3, None))
show("kw", lambda: pow(base=2, exp=5, mod=7))
show("kw exp", lambda: pow(2, exp=-1))
show("no args", lambda: pow(2))
print((2).__pow__(5), (2).__pow__(5, 3), (2).__rpow__(5), (2).__rpow__(5, 3), (2).__pow__(1.5))

class M:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"M({self.v})"
    def __pow__(self, other, mod=None):
        return ("pow", self.v, other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", self.v, other, mod)
print(pow(M(1), 2), pow(M(1), 2, 3), pow(2, M(1)), M(1) ** M(2), 2 ** M(3))
show("rpow ternary", lambda: pow(2, M(1), 3))

class I(int):
    def __rpow__(self, other, mod=None):
        return "I.rpow"
print(pow(2, I(3)), 2 ** I(3), pow(2, I(3), 5), I(2) ** 3, type(I(2) ** 3).__name__)
x = 3
x **= 4
print(x)
x **= -1
print(x)
