class Base:
    def hello(self):
        return "Base.hello"
class Factory:
    def __mro_entries__(self, bases):
        print("__mro_entries__ called with", len(bases), "bases")
        return (Base,)
class Derived(Factory()):
    pass
print(Derived().hello(), [k.__name__ for k in Derived.__mro__], Derived.__orig_bases__[0].__class__.__name__)
def make_class(n):
    bases = tuple(type(f"B{i}", (), {f"m{i}": lambda self, i=i: i}) for i in range(n))
    return type("Combined", bases, {})
C = make_class(3)
c = C()
print(c.m0(), c.m1(), c.m2(), [k.__name__ for k in C.__mro__])
