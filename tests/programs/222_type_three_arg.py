def init(self, v):
    self.v = v
Dyn = type("Dyn", (), {"x": 1, "__init__": init, "show": lambda self: f"Dyn({self.v})"})
d = Dyn(5)
print(Dyn.__name__, Dyn.__qualname__, Dyn.x, d.v, d.show(), type(d).__name__, Dyn.__bases__ == (object,), Dyn.__module__)
Sub = type("Sub", (Dyn,), {"y": 2})
print(Sub(3).show(), Sub.y, Sub.x, [k.__name__ for k in Sub.__mro__])
class Meta(type):
    pass
M = Meta("M", (), {})
print(type(M).__name__, type(type("T", (int,), {})(5)).__name__, type("T", (int,), {})(5) + 1)
for bad in (lambda: type("X", 1, {}), lambda: type("X", (), 1), lambda: type(1, (), {}), lambda: type("X", (5,), {}), lambda: type("X", (bool,), {})):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
E = type("E", (Exception,), {})
try:
    raise E("dynamic exception")
except E as e:
    print(type(e).__name__, e, E.__mro__[1].__name__)
