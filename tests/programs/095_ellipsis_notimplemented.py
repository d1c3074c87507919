print(Ellipsis, repr(...), ... == Ellipsis, type(...)())
print(NotImplemented, type(NotImplemented)() is NotImplemented)
import_none = None
print(type(None)(), repr(None), None.__class__.__name__)
try:
    type(None)(1)
except TypeError as e:
    print(e)
print(hash(None) == hash(None), None.__bool__())
print(sorted([3, 1], key=None))
