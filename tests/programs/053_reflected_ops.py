class R:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __add__(self, o):
        if isinstance(o, int):
            return f"{self}.__add__({o})"
        return NotImplemented
    def __radd__(self, o):
        return f"{self}.__radd__({o!r})"
    def __rsub__(self, o):
        return f"{self}.__rsub__({o!r})"
    def __rpow__(self, o):
        return f"{self}.__rpow__({o!r})"
    def __rmatmul__(self, o):
        return f"{self}.__rmatmul__({o!r})"
class Sub(R):
    def __radd__(self, o):
        return f"Sub {self}.__radd__({o!r})"
a, b = R("a"), R("b")
print(a + 1, 1 + a, "s" + a, 5 - a, 2 ** a, [1] @ a)
try:
    a + b
except TypeError as e:
    print("same type, no reflection:", e)
s = Sub("s")
print(a + s)
print(s + a)
class Both:
    def __eq__(self, o):
        print("Both.__eq__")
        return NotImplemented
print(Both() == Both(), Both() != 1)
class NI:
    def __lt__(self, o):
        return NotImplemented
    def __gt__(self, o):
        return "reflected gt"
print(NI() < NI())
try:
    print(R("x") < R("y"))
except TypeError as e:
    print(e)
print(3 .__add__(4), (3).__radd__(4), int.__add__(1, 2), (1).__add__(1.5))
print(1.5.__radd__(1), "a".__add__("b"), [1].__add__([2]))
