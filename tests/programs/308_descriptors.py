class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        print("__set_name__", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)
class Person:
    name = Typed(str)
    age = Typed(int)
    def __init__(self, name, age):
        self.name = name
        self.age = age
p = Person("ann", 30)
print(p.name, p.age, type(Person.name).__name__, sorted(vars(p)))
try:
    p.age = "old"
except TypeError as e:
    print(type(e).__name__, e)
del p.age
print(p.age)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from non-data descriptor"
class DataOnlySet:
    def __set__(self, obj, v):
        print("DataOnlySet.__set__", v)
class Host:
    nd = NonData()
    ds = DataOnlySet()
h = Host()
print(h.nd)
h.__dict__["nd"] = "instance dict wins over non-data"
print(h.nd)
h.ds = 5
h.__dict__["ds"] = "in dict"
print(h.ds)
print(Host.nd, type(Host.__dict__["ds"]).__name__)
class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, t=None):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class Circle:
    def __init__(self, r):
        self.r = r
    @Lazy
    def area(self):
        print("computing area")
        return 3 * self.r ** 2
c = Circle(2)
print(c.area, c.area)
