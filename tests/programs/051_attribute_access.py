class A:
    cls_attr = "class"
    def __init__(self):
        self.inst = "instance"
a = A()
print(a.cls_attr, a.inst, getattr(a, "inst"), getattr(a, "nope", "default"))
setattr(a, "dyn", 5)
print(a.dyn, a.__dict__)
a.__dict__["direct"] = 1
print(a.direct)
print(A.__dict__["cls_attr"], type(A.__dict__).__name__)
print(a.__class__.__name__, a.__class__ is A)
class B:
    def __getattr__(self, name):
        return f"<missing {name}>"
b = B()
b.real = 1
print(b.real, b.fake, getattr(b, "other"))
class C:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("no secrets")
        return f"got {name}"
c = C()
print(c.anything, hasattr(c, "secret"))
class D:
    def __setattr__(self, name, value):
        print("setattr", name, value)
        object.__setattr__(self, name, value * 2)
    def __delattr__(self, name):
        print("delattr", name)
        object.__delattr__(self, name)
d = D()
d.x = 21
print(d.x)
del d.x
print(hasattr(d, "x"))
try:
    (1).foo
except AttributeError as e:
    print(e)
try:
    "s".foo = 1
except AttributeError as e:
    print(e)
try:
    object().x = 1
except AttributeError as e:
    print(e)
try:
    del a.never
except AttributeError as e:
    print(e)
