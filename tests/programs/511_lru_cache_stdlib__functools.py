# _functools._lru_cache_wrapper: hits, misses, evictions and keys exactly as CPython's.
from _functools import _lru_cache_wrapper

def info(hits, misses, maxsize, currsize):
    return ('CacheInfo', hits, misses, maxsize, currsize)

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))

calls = []
def square(x, *, k=0):
    calls.append((x, k))
    return x * x + k

for maxsize in [None, 0, 1, 2, 3, 5, -3]:
    calls.clear()
    w = _lru_cache_wrapper(square, maxsize, False, info)
    seq = [1, 2, 1, 3, 1, 2, 4, 5, 1, 3, 3, 2, 1.0, True, 4, 1]
    print(maxsize, [w(x) for x in seq], w(2, k=1), w(2, k=1), w(x=2) if False else None)
    print(' ', w.cache_info(), len(calls))
    w.cache_clear()
    print(' ', w.cache_info())

t = _lru_cache_wrapper(square, 10, True, info)
print([t(v) for v in [1, 1.0, True, 1, 2, 2.0]], t.cache_info())
u = _lru_cache_wrapper(square, 10, False, info)
print([u(v) for v in [1, 1.0, True, 1, 2, 2.0]], u.cache_info())

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
fib = _lru_cache_wrapper(fib, None, False, info)
print(fib(90), fib.cache_info())
fib2 = _lru_cache_wrapper(lambda n: n if n < 2 else fib2(n - 1) + fib2(n - 2), 4, False, info)
print(fib2(40), fib2.cache_info())

class C:
    def __init__(self, v): self.v = v
    def method(self, a):
        return self.v * a
    method = _lru_cache_wrapper(method, 8, False, info)
c1, c2 = C(2), C(3)
print(c1.method(5), c2.method(5), c1.method(5), C.method.cache_info(), C.method is C.__dict__['method'])
w = _lru_cache_wrapper(square, 4, False, info)
w.__wrapped__ = square
w.extra = 1
print(w.__wrapped__ is square, w.extra, sorted(w.__dict__), w.__copy__() is w)
show('uncallable', lambda: _lru_cache_wrapper(5, 1, False, info))
show('bad-maxsize', lambda: _lru_cache_wrapper(square, 'x', False, info))
show('unhashable', lambda: w([1]))
def boom(x):
    raise ValueError(x)
b = _lru_cache_wrapper(boom, 2, False, info)
show('raises', lambda: b(1))
print(b.cache_info())
