class A:
    def who(self): return "A"
    def hello(self): return "hello from " + self.who()
class B(A):
    def who(self): return "B"
class C(A):
    def who(self): return "C"
class D(B, C):
    pass
print([k.__name__ for k in D.__mro__])
print(D().who(), D().hello(), issubclass(D, A), isinstance(D(), C))
print(D.__bases__ == (B, C), A.__bases__ == (object,), object.__bases__)
class X: pass
class Y: pass
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Z(P, Q): pass
except TypeError as e:
    print(type(e).__name__, e)
class E(D):
    def who(self):
        return "E>" + super().who()
print(E().who())
print([k.__name__ for k in E.mro()])
class O:
    pass
print(issubclass(bool, int), issubclass(int, object), bool.__mro__ == (bool, int, object))
try:
    class Bad(A, A): pass
except TypeError as e:
    print(type(e).__name__, e)
