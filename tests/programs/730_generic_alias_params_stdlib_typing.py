# types.GenericAlias: parameters, substitution, starred unpacking, attributes (PEP 585/646)
import pickle
import copy
from typing import TypeVar, Unpack
from types import GenericAlias

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')

# iterating an alias yields its starred form once: (*tuple[int],) used to loop forever
a = (*tuple[int],)[0]
print(a, a.__unpacked__, tuple[int].__unpacked__)
print(a.__typing_unpacked_tuple_args__, tuple[int].__typing_unpacked_tuple_args__)
print(list(iter(tuple[int, str])))
it = iter(list[int])
print(type(it).__name__, next(it), list(it))
print(tuple[*tuple[int, ...]], tuple[str, *tuple[int, ...]])
print(a == tuple[int], a == (*tuple[int],)[0])

# parameters and substitution
print(list[T].__parameters__, dict[K, V].__parameters__, dict[str, list[T]].__parameters__)
print(list[int].__parameters__, list[[T]].__parameters__)
print(list[T][int], dict[K, V][str, int], dict[T, list[T]][bytes])
print(dict[T, list[V]][str, int])
for bad in [lambda: list[int][str], lambda: dict[K, V][int], lambda: list[T][int, str]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

# unions inside aliases, and union substitution
u = int | list[T]
print(u, u.__parameters__, u[str])
print((int | str).__parameters__, (int | str).__module__)
print(isinstance(1, int | str), issubclass(bool, int | None))
try:
    isinstance([], int | list[int])
except TypeError as e:
    print("TypeError:", e)

# errors of isinstance/issubclass
for f in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int])):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

# attribute delegation to the origin
print(list[int].append is list.append, list[int].__origin__, list[int].__args__)
print(dir(list[int]) == dir(list), '__origin__' in dir(list[int]), '__unpacked__' in dir(list[int]))
print(list[int].__mro_entries__(()))
class L(list[int]):
    pass
print(L.__bases__, L.__orig_bases__)

# call sets __orig_class__ where it can
class Box:
    pass
b = GenericAlias(Box, int)()
print(type(b).__name__, b.__orig_class__)
print(list[int]([1, 2]))

# reduce / pickle / copy
print(list[T].__reduce__())
r = a.__reduce__()
print(r[0].__name__, type(r[1][0]).__name__)
for alias in [list[T], a, dict[str, list[int]]]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        loaded = pickle.loads(pickle.dumps(alias, proto))
        assert loaded == alias and loaded.__parameters__ == alias.__parameters__, (alias, proto)
    print(repr(copy.copy(alias)), repr(copy.deepcopy(alias)))

# Unpack
print(Unpack[tuple[int]], tuple[Unpack[tuple[int, ...]]])

# type[int] is special-cased; subclasses of type are not subscriptable
print(type[int])
class MyType(type):
    pass
try:
    MyType[int]
except TypeError as e:
    print("TypeError:", e)
print(hasattr(type, '__class_getitem__'))
import types
print(types.MappingProxyType[str, int], types.AsyncGeneratorType[int, None])

# GenericAlias() arguments
for args, kw in [((list,), {}), ((list, int, str), {}), ((list, int), {'x': 1})]:
    try:
        GenericAlias(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
