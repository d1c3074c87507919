# Builtin descriptors, type() checks, __class__ assignment and slot ordering (CPython 3.11 behaviour).
import collections
import types


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


# builtin objects don't inherit object's docstring
show("len.__doc__ is object.__doc__", lambda: len.__doc__ == object.__doc__)
show("[].append.__doc__ is object.__doc__", lambda: [].append.__doc__ == object.__doc__)

# wrapper_descriptor vs method_descriptor messages
show("int.__add__('a', 1)", lambda: int.__add__('a', 1))
show("int.__add__()", lambda: int.__add__())
show("list.append('a', 1)", lambda: list.append('a', 1))
show("list.append()", lambda: list.append())
show("[].__add__.__objclass__", lambda: [].__add__.__objclass__)
show("str.maketrans.__qualname__", lambda: str.maketrans.__qualname__)


class Slotted:
    __slots__ = ("b", "a")


show("member __name__", lambda: Slotted.a.__name__)
show("member __qualname__", lambda: Slotted.a.__qualname__)
show("member __objclass__", lambda: Slotted.a.__objclass__.__name__)
show("getset __qualname__", lambda: type.__dict__["__name__"].__qualname__)
show("getset __objclass__", lambda: type.__dict__["__name__"].__objclass__)
show("slot order in __dict__", lambda: [k for k in Slotted.__dict__ if k in ("a", "b")])

# property's fget/fset/fdel are read-only members
p = property(lambda self: 1)
for attr in ("fget", "fset", "fdel"):
    show("property." + attr + " = 42", lambda: setattr(p, attr, 42))

# cells
c1, c2, c0 = types.CellType(1), types.CellType(2), types.CellType()
show("CellType(1) < CellType(2)", lambda: c1 < c2)
show("CellType() < CellType(1)", lambda: c0 < c1)
show("CellType(1) == CellType(1)", lambda: c1 == types.CellType(1))
show("CellType() contents", lambda: c0.cell_contents)
show("CellType(1, 2)", lambda: types.CellType(1, 2))
show("CellType(x=1)", lambda: types.CellType(x=1))
show("hash(cell)", lambda: hash(c1))

# type() argument checks
show("type name with NUL", lambda: type('A\x00B', (), {}))
show("type name with surrogate", lambda: type('A\udcdcB', (), {}))
show("type doc with surrogate", lambda: type('A', (), {'__doc__': 'x\udcdcy'}))
show("double __weakref__ slot", lambda: type('A', (), {'__slots__': ('__weakref__', '__weakref__')}))


class Base:
    pass


show("__dict__ slot on dict base", lambda: type('A', (Base,), {'__slots__': '__dict__'}))
show("__weakref__ slot on base with it", lambda: type('A', (Base,), {'__slots__': '__weakref__'}))
od = collections.OrderedDict([('a', 1), ('b', 2)])
od.move_to_end('a')
show("namespace order", lambda: list(type('C', (), od).__dict__.items())[:2])
A = type('A', (), {})
show("A.__name__ = NUL", lambda: setattr(A, '__name__', 'x\x00y'))
show("del A.__doc__", lambda: delattr(A, '__doc__'))
show("del A.__qualname__", lambda: delattr(A, '__qualname__'))
show("del A.__abstractmethods__", lambda: delattr(A, '__abstractmethods__'))


class DictProp:
    __dict__ = property(lambda self: {'a': 2})


show("vars() with a __dict__ property", lambda: vars(DictProp()))


class NoClass:
    __slots__ = ["__class__", "__dict__"]

    def __init__(self):
        self.bar = "wow"


show("dir() when __class__ is an empty slot", lambda: dir(NoClass()))
try:
    raise IndexError
except IndexError as e:
    show("dir(traceback)", lambda: dir(e.__traceback__))

show("object.__setattr__(str, ...)", lambda: object.__setattr__(str, "foo", 42))
show("object.__delattr__(str, ...)", lambda: object.__delattr__(str, "foo"))


class G:
    __slots__ = ["a", "b"]


class H:
    __slots__ = ["b", "a"]


class J:
    __slots__ = ["c", "b"]


g = G()
g.a = 1
g.__class__ = H
show("slots keep values across __class__ change", lambda: (type(g).__name__, g.a))
show("G -> J", lambda: setattr(G(), '__class__', J))


class SubModule(types.ModuleType):
    a = 1


m = types.ModuleType("m")
m.__class__ = SubModule
show("module __class__ to subclass", lambda: (type(m).__name__, m.a))
m.__class__ = types.ModuleType
show("and back", lambda: hasattr(m, "a"))


class C:
    def __floordiv__(self, other):
        return "C.__floordiv__"

    def __rfloordiv__(self, other):
        return "C.__rfloordiv__"


class E(C):
    pass


class D(C):
    def __rfloordiv__(self, other):
        return "D.__rfloordiv__"


show("C() // E()", lambda: C() // E())
show("C() // D()", lambda: C() // D())
