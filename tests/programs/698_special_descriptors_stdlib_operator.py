# Special methods found on the type are bound through their descriptors (bytes(), __missing__,
# list()'s length hint); mappingproxy's | and reversed(); operator getters pickle.
import operator
import pickle
import types


class Descr:
    def __init__(self, impl, log):
        self.impl = impl
        self.log = log

    def __get__(self, obj, owner):
        self.log.append(self.impl.__name__)
        return self.impl.__get__(obj, owner)


class Boom(Exception):
    pass


class Raiser:
    def __get__(self, obj, owner):
        raise Boom("from __get__")


log = []


def as_bytes(self):
    return b"hello"


def missing(self, key):
    return key * 2


def hint(self):
    return 5


class B:
    __bytes__ = Descr(as_bytes, log)


print(bytes(B()), log)


class D(dict):
    __missing__ = Descr(missing, log)


print(D()["ab"], log)


class It:
    def __iter__(self):
        return iter([1, 2, 3])

    __length_hint__ = Descr(hint, log)


print(list(It()), log)


class Sized:
    def __init__(self):
        self.calls = 0

    def __len__(self):
        self.calls += 1
        return 2

    def __iter__(self):
        return iter("xy")


s = Sized()
print(list(s), s.calls)
l = [0]
l.extend(s)
print(l, s.calls)

for name in ("__bytes__", "__length_hint__"):
    cls = type("R", (It,), {name: Raiser()})
    try:
        (bytes if name == "__bytes__" else list)(cls())
    except Boom as e:
        print(name, "raised", e)


class BadHint(It):
    def __length_hint__(self):
        return -1


try:
    list(BadHint())
except ValueError as e:
    print("ValueError:", e)


class TypeErrHint(It):
    def __length_hint__(self):
        raise TypeError("ignored")


print(list(TypeErrHint()))

mp = types.MappingProxyType({"a": 1, "b": 2, "foo": 0, "c": 3})
print(mp | {"c": 30, "z": 9}, {"z": 9, "a": 0} | mp, type(mp | {}))
print(list(reversed(mp)))
try:
    mp |= {"x": 1}
except TypeError as e:
    print("TypeError:", e)
try:
    mp | [("r", 2)]
except TypeError as e:
    print("TypeError:", e)
print(sorted(n for n in ("__or__", "__ror__", "__ior__", "__reversed__") if hasattr(mp, n)))


class P:
    def __init__(self):
        self.a = types.SimpleNamespace(b=7)
        self.c = 8

    def f(self, x, k=0):
        return x + k


getters = [operator.attrgetter("a.b", "c"), operator.itemgetter(1, 0), operator.methodcaller("f", 1, k=2),
           operator.methodcaller("f", 5), operator.itemgetter("k")]
for g in getters:
    print(g.__reduce__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        g2 = pickle.loads(pickle.dumps(g, proto))
        assert repr(g2) == repr(g), (g, g2)
print(getters[0](P()), getters[1]("xy"), getters[2](P()), getters[3](P()), getters[4]({"k": 1}))
