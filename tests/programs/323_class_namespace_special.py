class A:
    x = 1
    def f(self): pass
print(sorted(k for k in A.__dict__), type(A.__dict__).__name__)
try:
    A.__dict__["y"] = 2
except TypeError as e:
    print(type(e).__name__, e)
A.y = 2
print(A.__dict__["y"], "y" in A.__dict__, A.__dict__.get("zz", "missing"))
print(A.__name__, A.__qualname__, A.__module__, A.__doc__, A.__bases__, A.__base__, A.__class__)
A.__name__ = "Renamed"
print(A.__name__, A.__qualname__, repr(A))
A.__qualname__ = "Outer.Renamed"
print(repr(A))
try:
    A.__bases__ = (int,)
except TypeError as e:
    print(type(e).__name__, e)
class B: pass
class C(B): pass
class D: pass
C.__bases__ = (D,)
print([k.__name__ for k in C.__mro__])
obj = C()
obj.__class__ = B
print(type(obj).__name__)
try:
    obj.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
