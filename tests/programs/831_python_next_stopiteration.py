# Python-level __next__ ending iteration (StopIteration) or failing: for loops, builtins that consume
# iterators, next() with and without a default, and the tracebacks of errors raised inside __next__.
import sys
import traceback


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class MyStop(StopIteration):
    pass


class StopsWithValue(Countdown):
    def __next__(self):
        if self.n <= 0:
            raise MyStop("done", 42)
        self.n -= 1
        return self.n


class Fails(Countdown):
    def __next__(self):
        if self.n == 1:
            return {}["boom"]
        self.n -= 1
        return self.n


class LambdaNext:
    def __iter__(self):
        return self
    __next__ = lambda self: next(iter(()))


class GenNext:
    # a generator function as __next__ returns a generator each time: never ends by itself
    def __iter__(self):
        return self

    def __next__(self):
        yield 1


print(list(Countdown(5)), sum(Countdown(100)), sorted(StopsWithValue(4)), tuple(LambdaNext()))
total = 0
for _ in range(2000):
    for x in Countdown(3):
        total += x
print("total", total)
print(next(Countdown(0), "default"), next(Countdown(2)))
try:
    next(StopsWithValue(0))
except StopIteration as e:
    print("next raised", type(e).__name__, e.args, e.value, [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])
try:
    for x in Fails(3):
        print("got", x)
except KeyError as e:
    print("KeyError", e, [(f.name, f.line) for f in traceback.extract_tb(e.__traceback__)])
print("exc_info", sys.exc_info())
g = GenNext()
it = iter(g)
print(type(next(it)).__name__)
import itertools
print(list(itertools.islice(GenNext(), 2)).__len__())
print(dict(zip(Countdown(3), Countdown(5))), list(map(str, Countdown(3))), max(Countdown(7)))


# StopIteration escaping a generator body becomes RuntimeError (PEP 479), even from a Python __next__
def gen():
    yield next(Countdown(0))


try:
    list(gen())
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)


# recursion inside __next__ still reports RecursionError
class Deep:
    def __iter__(self):
        return self

    def __next__(self):
        return next(self)


try:
    next(Deep())
except RecursionError as e:
    print("RecursionError", str(e)[:40])
