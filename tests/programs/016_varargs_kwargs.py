def f(*args, **kwargs):
    print(type(args).__name__, args, type(kwargs).__name__, kwargs)
f()
f(1, 2)
f(a=1, b=2)
f(1, *[2, 3], x=4, **{"y": 5, "z": 6})
def g(a, *args, b, **kwargs):
    return a, args, b, kwargs
print(g(1, 2, 3, b=4, c=5))
def h(**kw):
    return list(kw)
print(h(z=1, a=2, m=3))
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(e)
try:
    g(1, 2)
except TypeError as e:
    print(e)
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
try:
    f(*5)
except TypeError as e:
    print(e)
try:
    f(**[1])
except TypeError as e:
    print(e)
