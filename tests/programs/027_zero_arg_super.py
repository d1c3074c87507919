class Base:
    def __init__(self, name):
        self.name = name
        print("Base.__init__", name)
    def greet(self):
        return "Base:" + self.name
    @classmethod
    def make(cls):
        return "Base.make for " + cls.__name__
class Left(Base):
    def greet(self):
        return "Left>" + super().greet()
class Right(Base):
    def greet(self):
        return "Right>" + super().greet()
class Child(Left, Right):
    def __init__(self):
        super().__init__("child")
    def greet(self):
        return "Child>" + super().greet()
    @classmethod
    def make(cls):
        return "Child.make/" + super().make()
c = Child()
print(c.greet())
print(Child.make())
print(super(Left, c).greet())
class M:
    def f(self):
        def inner():
            return __class__.__name__
        return inner()
print(M().f())
class N:
    def g(self):
        return [super().__repr__ is not None for _ in range(1)]
try:
    print(N().g())
except Exception as e:
    print(type(e).__name__, e)
def outside():
    super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class S(str):
    def upper(self):
        return "S:" + super().upper()
print(S("abc").upper())
