class C:
    def __len__(self):
        return 1
c = C()
c.__len__ = lambda: 99
print(len(c), c.__len__())
class D:
    pass
d = D()
d.__repr__ = lambda: "instance repr"
print(repr(d) == object.__repr__(d), d.__repr__())
D.__repr__ = lambda self: "class repr added later"
print(repr(d))
D.__add__ = lambda self, o: f"added {o}"
print(d + 1)
del D.__add__
try:
    d + 1
except TypeError as e:
    print(type(e).__name__, e)
class Meta(type):
    @property
    def kind(cls):
        return "meta property"
    attr = "meta attr"
    def __len__(cls):
        return 7
class K(metaclass=Meta):
    attr = "class attr"
print(K.kind, K.attr, len(K))
try:
    K().kind
except AttributeError as e:
    print(type(e).__name__, e)
class DataDesc:
    def __get__(self, obj, t=None):
        return "data descriptor wins"
    def __set__(self, obj, v):
        pass
class M2(type):
    x = DataDesc()
class K2(metaclass=M2):
    x = "class dict value"
print(K2.x, K2.__dict__["x"], vars(K2)["x"])
class Iterable:
    def __getitem__(self, i):
        if i < 3:
            return i
        raise IndexError
it = Iterable()
it.__iter__ = lambda: iter("instance iter ignored")
print(list(it))
class CallMe:
    pass
cm = CallMe()
cm.__call__ = lambda: "nope"
try:
    cm()
except TypeError as e:
    print(type(e).__name__, e)
