class A:
    x = 1
    def method(self):
        return "method"
    @staticmethod
    def smethod(a):
        return ("static", a)
    @classmethod
    def cmethod(cls, a):
        return ("class", cls.__name__, a)
class B(A):
    x = 2
print(A.smethod(1), A().smethod(2), B.cmethod(3), B().cmethod(4))
print(type(A.__dict__["smethod"]).__name__, type(A.__dict__["cmethod"]).__name__)
print(A.__dict__["smethod"].__func__(5), B.cmethod.__self__ is B)
a = A()
a.method = lambda: "instance override"
print(a.method(), A().method())
A.x = 10
print(A.x, B.x, A().x)
del B.x
print(B.x)
def late_method(self):
    return "added later " + type(self).__name__
A.late = late_method
print(B().late())
print(getattr(A, "method")(A()), A.method.__get__(A())())
sm = staticmethod(lambda: "sm")
print(sm(), callable(sm))
class C:
    @classmethod
    @property
    def cp(cls):
        return "class property " + cls.__name__
print(C.cp)
