class A:
    count = 0
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return (cls.__name__, x)
    @classmethod
    def create(cls):
        cls.count += 1
        return cls()
class B(A):
    pass
print(A.s(2), A().s(3), A.c(1), B.c(2), B().c(3))
B.create(); B.create(); A.create()
print(A.count, B.count)
sm = A.__dict__["s"]
cm = A.__dict__["c"]
print(type(sm).__name__, type(cm).__name__, sm.__func__(5), cm.__func__(A, 6), sm.__wrapped__ is sm.__func__ if hasattr(sm, "__wrapped__") else "")
print(callable(sm), sm(7), cm.__get__(None, B)(8), sm.__get__(None, A)(9))
def plain(*a):
    return a
class C:
    p = plain
    s = staticmethod(plain)
    c = classmethod(plain)
o = C()
print(len(o.p()), o.s(), o.c()[0].__name__, C.p(1), C.s(1), C.c(1)[1])
print(staticmethod(len).__func__ is len, isinstance(classmethod(len), classmethod))
