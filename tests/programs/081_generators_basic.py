def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
g = gen()
print(type(g).__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(gen()))
def squares(n):
    for i in range(n):
        yield i * i
print(sum(squares(10)), list(squares(0)))
def with_return():
    yield 1
    return "ret"
g = with_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
it = infinite()
print([next(it) for _ in range(5)])
def empty():
    return
    yield
print(list(empty()))
def gen_stopiter():
    yield 1
    raise StopIteration("inside")
try:
    list(gen_stopiter())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
g = gen()
print(g.__name__, g.__qualname__, g.gi_running, g.gi_frame is not None)
list(g)
print(g.gi_frame)
