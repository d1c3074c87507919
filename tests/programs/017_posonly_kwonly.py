def f(a, b, /, c, d=4, *, e, f=6):
    return a, b, c, d, e, f
print(f(1, 2, 3, e=5))
print(f(1, 2, c=3, d=0, e=5, f=7))
for call in (lambda: f(a=1, b=2, c=3, e=5), lambda: f(1, 2, 3, 4, 5),
             lambda: f(1, 2, 3), lambda: f(1, 2, 3, e=1, g=2)):
    try:
        call()
    except TypeError as e:
        print(e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, only):
    return only
try:
    h(1)
except TypeError as e:
    print(e)
print(f.__code__.co_posonlyargcount, f.__code__.co_argcount, f.__code__.co_kwonlyargcount)
print(f.__code__.co_varnames)
