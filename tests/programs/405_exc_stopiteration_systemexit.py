# StopIteration.value, StopAsyncIteration, SystemExit.code, GeneratorExit, KeyboardInterrupt.
for args in [(), (None,), (1,), (1, 2), ((1, 2),)]:
    s = StopIteration(*args)
    print(repr(s), s.value, s.args)
s = StopIteration(1)
s.value = 9
print(s.value, s.args)
del s.value
print(s.value)

def gen():
    yield 1
    return "done"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print("return value:", repr(e), e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("exhausted:", repr(e), e.value, e.args)

def gen_none():
    yield 1
g = gen_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("no return:", repr(e), e.value, e.args)

def gen_tuple():
    yield 1
    return (1, 2)
g = gen_tuple()
next(g)
try:
    next(g)
except StopIteration as e:
    print("tuple:", repr(e), e.value, e.args)

def inner():
    yield 1
    return "inner result"
def outer():
    r = yield from inner()
    print("yield from got", r)
    yield 2
print(list(outer()))

def bad():
    raise StopIteration("leak")
    yield
try:
    next(bad())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))

print(repr(StopAsyncIteration()), repr(StopAsyncIteration(1)), StopAsyncIteration(1).args)
print(hasattr(StopAsyncIteration(1), "value"))

for args in [(), (0,), (3,), ("message",), (None,), (1, 2), ((1,),)]:
    x = SystemExit(*args)
    print(repr(x), repr(x.code), x.args, repr(str(x)))
x = SystemExit(4)
x.code = "changed"
print(x.code, x.args)
try:
    raise SystemExit(7)
except SystemExit as e:
    print("caught", e.code)
import sys
try:
    sys.exit("bye")
except SystemExit as e:
    print("sys.exit:", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("sys.exit():", repr(e.code), e.args)
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, Exception), issubclass(GeneratorExit, Exception))
print(repr(GeneratorExit()), repr(KeyboardInterrupt("k")))
