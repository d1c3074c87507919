x = "module"
class A:
    x = "class"
    y = x + "!"
    def get(self):
        return x
    z = [x for _ in range(1)]
print(A.y, A().get(), A.z)
class B:
    print("executing class body", __name__, __qualname__)
    n = 0
    for i in range(3):
        n += i
    del i
    if n > 2:
        big = True
print(B.n, B.big, hasattr(B, "i"))
def factory(v):
    class Local:
        value = v
        def show(self):
            return self.value
    return Local
L = factory(7)
print(L().show(), L.__qualname__)
class Outer:
    class Inner:
        class Deep:
            pass
print(Outer.Inner.Deep.__qualname__, Outer.Inner.__name__)
print(sorted(k for k in vars(B) if not k.startswith("__")))
print(B.__module__)
