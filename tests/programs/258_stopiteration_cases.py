def g():
    yield 1
    return "value"
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
try:
    next(it)
except StopIteration as e:
    print("second time", repr(e), e.value)
def leak():
    yield next(iter([]))
try:
    list(leak())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
def ret_tuple():
    return (1, 2)
    yield
try:
    next(ret_tuple())
except StopIteration as e:
    print(e.value, e.args)
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("custom")
print(list(It()), [x for x in It()], tuple(It()))
s = StopIteration()
print(s.value, StopIteration(None).value, StopIteration(1, 2).value)
async def coro():
    raise StopIteration
try:
    coro().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
