for v in (1, 1.0, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1), slice(1), None, ..., True, NotImplemented, len, print, object()):
    t = type(v)
    print(t.__name__, t.__qualname__, t.__module__, [k.__name__ for k in t.__mro__])
print(type(type), type(int), type(object), isinstance(int, type), isinstance(type, object), issubclass(type, object))
print(int, str, type(None), repr(type), repr(object))
class C: pass
print(C, type(C()), C.__module__, C.__name__, type(C))
print(type.__name__, type.__mro__, type(3)(7), type("x")(5), type([])("ab"))
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
print(int.__base__, bool.__base__, object.__base__, C.__base__, type.__base__)
print(int.__subclasses__ is not None, bool in int.__subclasses__())
