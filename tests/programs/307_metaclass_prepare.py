class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("__prepare__", name, kw)
        return {"injected": "from prepare"}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=OrderedMeta, flag=True):
    x = injected + "!"
print(A.x, A.injected)
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        if not k.startswith("__"):
            self.order.append(k)
        super().__setitem__(k, v)
class RecMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = ns.order
        return cls
class B(metaclass=RecMeta):
    zeta = 1
    alpha = 2
    def mid(self): pass
    zeta = 3
print(B.order, B.zeta)
class Dup(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        class NoDup(dict):
            def __setitem__(self, k, v):
                if k in self and not k.startswith("__"):
                    raise TypeError(f"duplicate {k}")
                super().__setitem__(k, v)
        return NoDup()
try:
    class C(metaclass=Dup):
        a = 1
        a = 2
except TypeError as e:
    print(type(e).__name__, e)
