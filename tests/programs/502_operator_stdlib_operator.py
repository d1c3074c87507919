# operator (backed by _operator): functions, getters and errors.
import operator
import _operator
from operator import itemgetter, attrgetter, methodcaller

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))

print(operator.itemgetter is _operator.itemgetter, operator.add is _operator.add)
pairs = [(7, 3), (-7, 2), (2.5, 0.5), ('ab', 'cd'), ([1], [2]), (True, 3), (6, 0)]
names = ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor',
         'lt', 'le', 'eq', 'ne', 'ge', 'gt', 'is_', 'is_not', 'concat', 'contains', 'countOf', 'indexOf', 'matmul']
for name in names:
    for a, b in pairs:
        if name == 'mod' and isinstance(a, str):
            continue  # str % is printf-style formatting, not an operator-module concern
        show(f'{name}({a!r}, {b!r})', lambda: getattr(operator, name)(a, b))
for name in ['neg', 'pos', 'abs', 'inv', 'invert', 'not_', 'truth', 'index']:
    for a in [5, -3, 0, True, 2.5, 'x', []]:
        show(f'{name}({a!r})', lambda: getattr(operator, name)(a))
x = [1, 2]
print(operator.iadd(x, [3]), x, operator.iconcat(x, (4,)), x, operator.imul([1], 3), operator.isub(5, 2), operator.ipow(2, 10))
print(operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3), operator.ilshift(1, 4), operator.irshift(32, 2),
      operator.imod(7, 3), operator.ifloordiv(7, 2), operator.itruediv(7, 2))
show('iconcat', lambda: operator.iconcat(1, 2))
d = {'a': 1}
operator.setitem(d, 'b', 2)
operator.delitem(d, 'a')
print(d, operator.getitem(d, 'b'), operator.getitem('hello', 1))
show('getitem', lambda: operator.getitem(d, 'zz'))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter([1, 2])), operator.length_hint(5, 7))
class H:
    def __length_hint__(self): return NotImplemented
class Bad:
    def __length_hint__(self): return -1
print(operator.length_hint(H(), 4))
show('length_hint-bad', lambda: operator.length_hint(Bad()))
show('length_hint-default', lambda: operator.length_hint([], 'x'))
print(operator.call(max, 3, 9, 2), operator.call(sorted, [3, 1, 2], reverse=True))
print(_operator._compare_digest('abc', 'abc'), _operator._compare_digest('abc', 'abd'), _operator._compare_digest('a', 'ab'))
show('cd', lambda: _operator._compare_digest(1, 2))

g = itemgetter(1)
print(repr(g), g('abc'), g([10, 20]), itemgetter(0, 2)('xyz'), repr(itemgetter(0, 'k')))
print(sorted([(1, 'b'), (0, 'c'), (2, 'a')], key=itemgetter(1)))
show('itemgetter()', lambda: itemgetter())
show('itemgetter-call', lambda: g())
show('itemgetter-index', lambda: g([]))
class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct
p = P('outer', P('inner'))
a = attrgetter('name')
print(repr(a), a(p), attrgetter('child.name')(p), attrgetter('name', 'child.name')(p), repr(attrgetter('x', 'y.z')))
show('attrgetter-missing', lambda: attrgetter('nope')(p))
show('attrgetter-int', lambda: attrgetter(1))
show('attrgetter()', lambda: attrgetter())
m = methodcaller('greet', 'hi')
print(repr(m), m(p), methodcaller('greet', 'yo', punct='?')(p), repr(methodcaller('greet', 'yo', punct='?')))
print(methodcaller('upper')('abc'), methodcaller('split', ',', 1)('a,b,c'))
show('methodcaller()', lambda: methodcaller())
show('methodcaller-int', lambda: methodcaller(3))
print(operator.__lt__(1, 2), operator.__add__(1, 2), operator.__getitem__([5], 0), operator.__not__(0))
print([n for n in operator.__all__])
