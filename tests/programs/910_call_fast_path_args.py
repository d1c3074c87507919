# Calls that take (or must not take) the interpreter's exact-positional fast path:
# defaults, keyword-only, *args/**kwargs, bound methods, __code__ swapped at run time,
# generators, and the argument-count errors.

def f0():
    return "f0"

def f2(a, b):
    return (a, b)

def fdef(a, b=2, c=3):
    return (a, b, c)

def fkwonly(a, *, k=5):
    return (a, k)

def fvar(a, *rest, **kw):
    return (a, rest, sorted(kw.items()))

def fposonly(a, b, /, c):
    return (a, b, c)

print(f0(), f2(1, 2), f2(b=1, a=2))
print(fdef(1), fdef(1, 5), fdef(1, 5, 6), fdef(1, c=9))
print(fkwonly(1), fkwonly(1, k=2))
print(fvar(1), fvar(1, 2, 3), fvar(1, 2, x=3))
print(fposonly(1, 2, 3), fposonly(1, 2, c=3))

for call in (lambda: f2(1), lambda: f2(1, 2, 3), lambda: f0(1), lambda: fdef(),
             lambda: fkwonly(1, 2), lambda: fposonly(1, b=2, c=3), lambda: f2(1, a=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)

class C:
    def __init__(self, x):
        self.x = x
    def m(self, y):
        return self.x + y
    def mdef(self, y=10):
        return self.x * y
    @staticmethod
    def sm(a, b):
        return a - b
    @classmethod
    def cm(cls, a):
        return (cls.__name__, a)

c = C(3)
bound = c.m
print(c.m(4), bound(5), C.m(c, 6), c.mdef(), c.mdef(2), C.sm(9, 4), c.sm(1, 2), C.cm(1), c.cm(2))
try:
    bound(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    c.m()
except TypeError as e:
    print("TypeError:", e)

# __code__ replaced: the next call must bind with the new code's signature
def g(a):
    return ("g", a)
def h(a, b, c):
    return ("h", a, b, c)
print(g(1))
g.__code__ = h.__code__
print(g(1, 2, 3))
try:
    g(1)
except TypeError as e:
    print("TypeError:", e)

# __defaults__ changed at run time
def d(a, b=1):
    return a + b
print(d(1))
d.__defaults__ = (100,)
print(d(1))
d.__defaults__ = None
try:
    d(1)
except TypeError as e:
    print("TypeError:", e)

# generator and coroutine functions called with exact positional args
def gen(a, b):
    yield a
    yield b
print(list(gen(1, 2)), type(gen(1, 2)).__name__)

async def coro(a):
    return a * 2
co = coro(21)
try:
    co.send(None)
except StopIteration as e:
    print("coro", e.value)

# closures and cells in arguments
def outer(a):
    def inner(b):
        return a + b
    def captured(x):
        def k():
            return x
        return k
    return inner(1), captured(a)()
print(outer(10))

# many arguments, and a callee with more locals than arguments
def many(a, b, c, d, e, f, g, h):
    t = a + b + c + d
    u = e + f + g + h
    return t * u
print(many(1, 2, 3, 4, 5, 6, 7, 8))

def unbound_local(a):
    if a:
        z = 1
    return z
print(unbound_local(1))
try:
    unbound_local(0)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
# the same frame reused: a local left over from the last call must not leak into the next
for v in (1, 0, 1, 0):
    try:
        print(unbound_local(v))
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
