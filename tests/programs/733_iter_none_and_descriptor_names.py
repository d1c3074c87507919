# `__iter__ = None` makes a class non-iterable with CPython's message (typing's _NotIterable);
# getset descriptors have __name__/__qualname__/__objclass__ (inspect.getattr_static reads them).
class NotIterable:
    __iter__ = None

class Sub(NotIterable):
    def __getitem__(self, i):
        return i

for obj in (NotIterable(), Sub()):
    for f in (iter, list, tuple, lambda o: [x for x in o]):
        try:
            f(obj)
        except TypeError as e:
            print("TypeError:", e)

class Again(Sub):
    def __iter__(self):
        return iter([1, 2])
print(list(Again()))

d = type.__dict__['__dict__']
print(d.__name__, d.__qualname__, d.__objclass__)
d = object.__dict__['__class__']
print(d.__name__, d.__qualname__, d.__objclass__)

import inspect
class Methods:
    @classmethod
    def clsmethod(cls):
        pass
print(type(inspect.getattr_static(Methods, "clsmethod")).__name__)
