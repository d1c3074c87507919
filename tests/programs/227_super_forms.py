class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return "A.cwho:" + cls.__name__
    @staticmethod
    def swho():
        return "A.swho"
class B(A):
    def who(self):
        return "B>" + super().who()
class C(B):
    def who(self):
        return "C>" + super(B, self).who()
    @classmethod
    def cwho(cls):
        return "C>" + super().cwho()
    def swho_via(self):
        return super().swho()
c = C()
print(c.who(), C.cwho(), c.swho_via(), super(C, c).who(), super(C, C).cwho())
s = super(B, c)
print(type(s).__name__, s.who())
print(super(C, c).__class__.__name__, super(B, C).who(c))
try:
    super(C, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
class D(A):
    def __init__(self):
        super().__init__()
        self.ok = True
    def attr(self):
        try:
            return super().missing
        except AttributeError as e:
            return str(e)
print(D().ok, D().attr())
class Prop:
    @property
    def p(self):
        return "Prop.p"
class PropSub(Prop):
    @property
    def p(self):
        return "Sub>" + super().p
print(PropSub().p)
