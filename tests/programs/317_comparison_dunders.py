class C:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"C{self.v}"
for name, sym in (("lt", "<"), ("le", "<="), ("gt", ">"), ("ge", ">="), ("eq", "=="), ("ne", "!=")):
    def f(self, o, name=name):
        print(f"  {self!r}.__{name}__({o!r})")
        return NotImplemented if getattr(o, "v", None) == 0 else f"{name}-result"
    setattr(C, f"__{name}__", f)
a, b, z = C(1), C(2), C(0)
for sym in ("<", "<=", ">", ">=", "==", "!="):
    print(sym, eval(f"a {sym} b"))
for sym in ("<", ">", "==", "!="):
    try:
        print(sym, "with NotImplemented:", eval(f"a {sym} z"))
    except TypeError as e:
        print(sym, type(e).__name__, e)
class OnlyEq:
    def __eq__(self, o):
        return "eq called"
print(OnlyEq() != OnlyEq(), OnlyEq() == 1, 1 == OnlyEq())
class Sub(C):
    pass
s = Sub(3)
print(a < s)
