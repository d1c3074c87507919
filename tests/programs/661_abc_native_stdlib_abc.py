# abc.ABCMeta over the _abc accelerator: abstract methods, register, caches, cache token,
# the subclass hook, and the error messages of _abc.c.
import abc
import collections.abc as cabc
from abc import ABC, ABCMeta, abstractmethod, get_cache_token


class Base(ABC):
    @abstractmethod
    def run(self): ...

    @property
    @abstractmethod
    def size(self): ...

    def concrete(self):
        return "concrete"


print(sorted(Base.__abstractmethods__), type(Base.__abstractmethods__).__name__)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Half(Base):
    def run(self):
        return "ran"


print(sorted(Half.__abstractmethods__))


class Full(Half):
    size = 3


print(sorted(Full.__abstractmethods__), Full().run(), Full().size, Full().concrete())


class Reabstract(Full):
    run = abstractmethod(lambda self: None)


print(sorted(Reabstract.__abstractmethods__))

# register: virtual subclasses, the cache token, cycles, non-classes.
token = get_cache_token()


class Plain:
    pass


print(issubclass(Plain, Base), isinstance(Plain(), Base))
print(Base.register(Plain) is Plain, get_cache_token() > token)
print(issubclass(Plain, Base), isinstance(Plain(), Base), Plain in Base.__subclasses__())


class PlainChild(Plain):
    pass


print("registered subclass", issubclass(PlainChild, Base))
print("register again", Base.register(PlainChild) is PlainChild)
t = get_cache_token()
Base.register(Full)  # already a subclass: no-op, token unchanged
print("no-op register keeps token", get_cache_token() == t)
try:
    Plain.register  # Plain is not an ABC
except AttributeError as e:
    print("AttributeError:", e)
try:
    Base.register(3)
except TypeError as e:
    print("TypeError:", e)


class Top(ABC):
    pass


class Below(Top):
    pass


try:
    Below.register(Top)
except RuntimeError as e:
    print("RuntimeError:", e)
print("self register", Top.register(Top) is Top)
try:
    issubclass(3, Top)
except TypeError as e:
    print("TypeError:", e)

# __subclasshook__ decides first; a bad return value is an AssertionError.
class Sized2(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized2:
            return hasattr(C, "__len__") or NotImplemented
        return NotImplemented


print([issubclass(c, Sized2) for c in (list, dict, int, str)])


class Bad(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 42


try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)

# Caches: the negative cache is dropped when any register() happens.
class Later(ABC):
    pass


class Candidate:
    pass


print(issubclass(Candidate, Later))
Later.register(Candidate)
print(issubclass(Candidate, Later))
Later._abc_registry_clear()
Later._abc_caches_clear()
print("after clearing", issubclass(Candidate, Later))
registry, cache, negative, version = Later._abc_impl and abc._get_dump(Later)
print(sorted(type(r).__name__ for r in negative), [r() is Candidate for r in negative], type(version).__name__)

# __instancecheck__ with a __class__ that differs from type().
class Liar:
    @property
    def __class__(self):
        return Plain


print("liar", isinstance(Liar(), Base), isinstance(Liar(), Plain))

# collections.abc: registered builtins, and __abc_tpflags__ consumed by ABCMeta.
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator))
print(issubclass(range, cabc.Sequence), issubclass(str, cabc.MutableSequence), issubclass(dict, cabc.MutableMapping))
print("__abc_tpflags__" in cabc.Sequence.__dict__, "__abc_tpflags__" in cabc.Mapping.__dict__)


class MySeq(cabc.Sequence):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10

    def __len__(self):
        return 3


match MySeq():
    case [a, b, c]:
        print("matched sequence", a, b, c)


class MyMap:
    def __getitem__(self, k):
        return k

    def __len__(self):
        return 1

    def __iter__(self):
        return iter(("a",))

    def get(self, k, default=None):
        return k * 2


cabc.Mapping.register(MyMap)
match MyMap():
    case {"a": v}:
        print("matched mapping", v)

try:
    class Both(metaclass=ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print("TypeError:", e)

# ABCMeta subclasses and ABCs with a metaclass keyword.
class Meta2(ABCMeta):
    pass


class WithMeta(metaclass=Meta2):
    @abstractmethod
    def f(self): ...


print(type(WithMeta).__name__, sorted(WithMeta.__abstractmethods__))
print(abc.update_abstractmethods(Full) is Full)
