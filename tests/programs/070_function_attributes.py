def f(a, b=1, *args, c, d=2, **kw):
    "doc"
    x = 1
    return x
print(f.__name__, f.__qualname__, f.__module__, f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
co = f.__code__
print(co.co_name, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_nlocals)
print(co.co_varnames, co.co_firstlineno)
print(co.co_flags & 0x04 != 0, co.co_flags & 0x08 != 0)
f.custom = "attr"
print(f.custom, sorted(f.__dict__))
def gen():
    yield 1
async def co_fn():
    pass
print(gen.__code__.co_flags & 0x20 != 0, co_fn.__code__.co_flags & 0x80 != 0)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
try:
    f.__name__ = 5
except TypeError as e:
    print(e)
print(type(f).__name__, type(f.__code__).__name__, f.__globals__ is globals())
def without(): pass
print(without.__defaults__, without.__kwdefaults__, without.__doc__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
class A:
    def m(self): pass
print(A.m.__qualname__, A().m.__qualname__)
