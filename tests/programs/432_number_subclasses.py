# int/float/complex subclasses: construction, results are exact base types, reflected operators of
# subclasses run first, __new__ overrides, and special methods on builtin types called directly.
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

class I(int):
    def __repr__(self):
        return f"I({int(self)})"
class F(float):
    pass
class C(complex):
    pass
i, f, c = I(6), F(2.5), C(1, 1)
for x in (i, f, c):
    for y in (2, 2.0, 1j, i, f, c):
        for op in ("+", "-", "*", "/", "**"):
            try:
                r = eval(f"x {op} y")
                print(type(x).__name__, op, type(y).__name__, type(r).__name__, repr(r))
            except Exception as e:
                print(type(x).__name__, op, type(y).__name__, type(e).__name__, e)
print(i // 4, i % 4, divmod(i, 4), -i, abs(I(-3)), ~i, i << 2, i >> 1, i & 3, i | 1, i ^ 5, type(i & 3).__name__)
print(f // 1, f % 1, divmod(f, 1), -f, abs(F(-1.5)), type(-f).__name__, round(f), round(f, 1), type(round(f, 1)).__name__)
print(repr(i), str(i), int(i), float(i), complex(i), hash(i) == hash(6), i == 6, i < 7, {i: 1}[6], i.bit_length())

class Rev(int):
    def __radd__(self, other):
        return "Rev.__radd__"
    def __rsub__(self, other):
        return NotImplemented
    def __rtruediv__(self, other):
        return "Rev.__rtruediv__"
    def __rdivmod__(self, other):
        return "Rev.__rdivmod__"
print(1 + Rev(2), Rev(2) + 1, 1 - Rev(2), 1 / Rev(2), 1.5 / Rev(2), divmod(7, Rev(2)), divmod(Rev(7), 2))

class RevF(float):
    def __rmul__(self, other):
        return "RevF.__rmul__"
    def __rpow__(self, other):
        return "RevF.__rpow__"
print(2 * RevF(1.0), 2.0 * RevF(1.0), RevF(1.0) * 2, 2 ** RevF(3.0), pow(2, RevF(3.0)))

class Positive(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Positive(5), type(Positive(5)).__name__)
show("Positive(-1)", lambda: Positive(-1))

class Celsius(float):
    def __new__(cls, v, unit="C"):
        self = super().__new__(cls, v)
        self.unit = unit
        return self
    def __str__(self):
        return f"{float(self)}°{self.unit}"
print(Celsius(21.5), Celsius(-3, "F"), Celsius(21.5) + 1, type(Celsius(1) + 1).__name__)

print(int.__add__(3, 4), int.__add__(3, 4.0), float.__add__(1.5, 2), float.__radd__(1.5, 2), complex.__mul__(1j, 1j))
print(int.__truediv__(1, 4), int.__floordiv__(-7, 2), int.__mod__(-7, 2), int.__divmod__(-7, 2), int.__rdivmod__(2, -7))
print(float.__floordiv__(7.0, 2), float.__divmod__(7.0, -2), float.__rdivmod__(2.0, 7), float.__pow__(2.0, 0.5), float.__rpow__(2.0, 3))
print(int.__neg__(True), int.__abs__(-3), int.__invert__(0), float.__neg__(0.0), complex.__neg__(1j), complex.__abs__(3 + 4j))
print(int.__lt__(1, 2), int.__eq__(1, 1.0), float.__eq__(1.0, 1), float.__lt__(1.0, 2**70), complex.__eq__(1j, 1j), complex.__lt__(1j, 1j))
print(int.__bool__(0), float.__bool__(0.5), complex.__bool__(0j), int.__hash__(-1), float.__hash__(-1.0), complex.__hash__(-1 + 0j))
show("float.__add__ str", lambda: float.__add__(1.5, "a"))
show("int.__new__ float", lambda: int.__new__(float, 1))
show("int.__new__ I", lambda: int.__new__(I, 42))
show("float.__new__ F", lambda: float.__new__(F, "1.5"))
show("complex.__new__ C", lambda: complex.__new__(C, 1, 2))
show("bool in int.__new__", lambda: int.__new__(bool, 1))
show("int subclass of bool", lambda: type("X", (int, bool), {}))
show("float+int layout", lambda: type("X", (int, float), {}))
show("complex+float layout", lambda: type("X", (complex, float), {}))

class IF(int):
    def __float__(self):
        return 9.5
class FF(float):
    def __float__(self):
        return 1.25
class SF(str):
    def __float__(self):
        return 3.5
class FC(float):
    def __complex__(self):
        return 5j
print(float(IF(3)), float(FF(2.0)), float(SF("7")), IF(3) + 0.5, FF(2.0) + 1, complex(IF(2)), complex(FF(2.0)), complex(FC(1.0)))
