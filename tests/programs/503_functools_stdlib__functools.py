# _functools: reduce, cmp_to_key, partial (functools.py re-exports these).
import _functools
from _functools import reduce, cmp_to_key, partial

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))

def add(a, b):
    return a + b
print(reduce(add, [1, 2, 3, 4]), reduce(add, 'abc'), reduce(add, [], 10), reduce(add, [5], 1), reduce(lambda a, b: a * b, range(1, 10)))
show('reduce-empty', lambda: reduce(add, []))
show('reduce-noniter', lambda: reduce(add, 5))
show('reduce-args', lambda: reduce(add))

def cmp(a, b):
    return (a > b) - (a < b)
def rcmp(a, b):
    return b - a
print(sorted([3, 1, 2], key=cmp_to_key(cmp)), sorted([3, 1, 2], key=cmp_to_key(rcmp)), sorted('bca', key=cmp_to_key(mycmp=cmp)))
k = cmp_to_key(cmp)
a, b = k(1), k(obj=2)
print(type(k).__name__, a.obj, b.obj, a < b, a <= b, a == b, a != b, a > b, a >= b, k(2) == b)
show('k-cmp', lambda: a < 3)
show('k-hash', lambda: hash(a))
print(min([k(5), k(2), k(9)]).obj, max(map(k, [5, 2, 9])).obj)

p = partial(add, 1)
print(p(2), p.func is add, p.args, p.keywords, repr(partial(max, 1, 2, default=3)).split(' at ')[0].replace('<built-in function max>', 'max'))
def f(*args, **kw):
    return args, kw
p = partial(f, 1, 2, x=3)
print(p(), p(4, y=5), p(x=9), repr(p).startswith('functools.partial(<function f at'))
q = partial(p, 7, z=0)
print(q.func is f, q.args, q.keywords, q())
p.attr = 1
r = partial(p, 8)
print(r.func is p, r.args, p.__dict__, r())
show('partial-none', lambda: partial())
show('partial-uncallable', lambda: partial(3))
class MyPartial(partial):
    pass
m = MyPartial(max, 3)
print(m(1), m(5), type(m).__name__, repr(m))
print(repr(partial(f, 'a', k='v'))[-12:] == ", 'a', k='v')")
class C:
    meth = partial(f, 'bound?')
print(C().meth(1))
show('setattr-func', lambda: setattr(p, 'func', max))
print(partial[int])
print(repr(partial(max)), repr(partial(partial(max, 1), 2)))
