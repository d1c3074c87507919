class Base:
    __slots__ = ("a",)
class Child(Base):
    __slots__ = ("b",)
c = Child()
c.a, c.b = 1, 2
print(c.a, c.b, hasattr(c, "__dict__"), Child.__slots__, type(Child.a).__name__, type(Child.b).__name__)
class WithWeak:
    __slots__ = ("x", "__weakref__")
print("__weakref__" in dir(WithWeak), hasattr(WithWeak(), "__dict__"))
class StrSlot:
    __slots__ = "only"
s = StrSlot()
s.only = "single string slot"
print(s.only, StrSlot.__slots__)
class Defaults:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 0
d = Defaults()
try:
    d.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    class Conflict(Base):
        __slots__ = ("a",)
    print("redeclared slot allowed:", Conflict.__slots__)
except Exception as e:
    print(type(e).__name__, e)
class SlotProp:
    __slots__ = ("_v",)
    @property
    def v(self):
        return self._v * 2
    @v.setter
    def v(self, val):
        self._v = val
sp = SlotProp()
sp.v = 21
print(sp.v)
try:
    class BadSlot:
        __slots__ = ("1bad",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    class IntSlots(int):
        __slots__ = ("x",)
except TypeError as e:
    print(type(e).__name__, e)
