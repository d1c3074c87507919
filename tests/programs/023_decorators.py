def trace(fn):
    def wrapper(*args, **kw):
        print("call", fn.__name__, args, kw)
        r = fn(*args, **kw)
        print("ret", r)
        return r
    wrapper.__name__ = fn.__name__
    return wrapper
@trace
def add(a, b):
    return a + b
add(1, b=2)
def repeat(n):
    def deco(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return deco
@repeat(3)
def hi(name):
    return "hi " + name
print(hi("bob"))
order = []
def mark(tag):
    order.append("make " + tag)
    def d(f):
        order.append("apply " + tag)
        return f
    return d
@mark("a")
@mark("b")
def g():
    pass
print(order)
registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
@register
class Foo:
    pass
print(list(registry))
@lambda f: f()
def value():
    return "computed at definition"
print(value)
class Deco:
    def __init__(self, f):
        self.f = f
        self.calls = 0
    def __call__(self, *a):
        self.calls += 1
        return self.f(*a)
@Deco
def sq(x):
    return x * x
print(sq(3), sq(4), sq.calls)
x = [lambda f: "list-subscript decorator"]
@x[0]
def h(): pass
print(h)
