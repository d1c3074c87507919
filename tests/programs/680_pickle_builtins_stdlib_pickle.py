# Pickle round trips (protocols 0-5) of sets, frozensets (and subclasses, with __dict__ and __slots__) and
# of every builtin iterator, fresh, partially consumed and exhausted; copy/deepcopy of the same.
import pickle, copy
class S(set): pass
class FS(frozenset): pass
class SS(set):
    __slots__ = ('a', '__dict__')
d = {1: 'a', 2: 'b', 3: 'c'}
def makers():
    yield 'list', lambda: iter([1, 2, 3])
    yield 'listrev', lambda: reversed([1, 2, 3])
    yield 'tuple', lambda: iter((1, 2, 3))
    yield 'str', lambda: iter('abc')
    yield 'ustr', lambda: iter('ab\u1234')
    yield 'bytes', lambda: iter(b'abc')
    yield 'bytearray', lambda: iter(bytearray(b'abc'))
    yield 'range', lambda: iter(range(3))
    yield 'rrange', lambda: reversed(range(1, 10, 3))
    yield 'longrange', lambda: iter(range(2**64, 2**64 + 3))
    yield 'set', lambda: iter({1, 2, 3})
    yield 'fset', lambda: iter(frozenset({'x'}))
    yield 'dk', lambda: iter(d)
    yield 'dv', lambda: iter(d.values())
    yield 'di', lambda: iter(d.items())
    yield 'rdk', lambda: reversed(d)
    yield 'rdv', lambda: reversed(d.values())
    yield 'rdi', lambda: reversed(d.items())
    yield 'enum', lambda: enumerate('abc', 5)
    yield 'enumbig', lambda: enumerate('abc', 2**70)
    yield 'zip', lambda: zip('abc', 'de')
    yield 'zips', lambda: zip('abc', 'def', strict=True)
    yield 'map', lambda: map(str.upper, 'abc')
    yield 'filter', lambda: filter(None, [0, 1, 2, 0, 3])
    yield 'rev', lambda: reversed('abc')
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for name, mk in makers():
        for consume in (0, 1, 3, 5):
            it = mk()
            for _ in range(consume):
                next(it, None)
            data = pickle.dumps(it, proto)
            it2 = pickle.loads(data)
            print(proto, name, consume, type(it2).__name__, list(it2), list(it))
    for obj in [{1, 2, 3}, frozenset('ab'), set(), frozenset(), S([1, 2]), FS([3]), {(1, 2), 'x'}]:
        o2 = pickle.loads(pickle.dumps(obj, proto))
        print(proto, type(o2).__name__, sorted(o2, key=repr), o2 == obj)
    s = S([1]); s.x = 5
    s2 = pickle.loads(pickle.dumps(s, proto)); print(proto, s2.x, type(s2).__name__)
    ss = SS([1]); ss.a = 7; ss.b = 8
    ss2 = pickle.loads(pickle.dumps(ss, proto)); print(proto, ss2.a, ss2.b, type(ss2).__name__, ss2 == ss)
    cyc = S(); cyc.me = cyc
    c2 = pickle.loads(pickle.dumps(cyc, proto)); print(proto, c2.me is c2)
for o in [{1, 2}, frozenset([1]), S([1]), [{1}], iter([1, 2]), enumerate('ab')]:
    print(type(copy.copy(o)).__name__, type(copy.deepcopy(o)).__name__)
it = iter([1, 2, 3]); next(it)
it2 = copy.copy(it); print(list(it2), list(it))

import collections
dq = collections.deque([1, 2, 3], 5)
for proto in range(6):
    d2 = pickle.loads(pickle.dumps(dq, proto)); print(proto, d2, d2.maxlen)
    it = iter(dq); next(it)
    print(proto, list(pickle.loads(pickle.dumps(it, proto))), list(pickle.loads(pickle.dumps(reversed(dq), proto))))
    print(proto, pickle.loads(pickle.dumps(range(1, 10, 2), proto)), pickle.loads(pickle.dumps(range(2**70), proto)))
    print(proto, pickle.loads(pickle.dumps([Ellipsis, NotImplemented, iter, len, [].append.__name__], proto)))
    class C:
        def __init__(self, n): self.n = n
    globals()['C'] = C
    print(proto, pickle.loads(pickle.dumps(C(7), proto)).n)
# __reduce__ results themselves
print({1, 2}.__reduce__(), frozenset({1}).__reduce__())
s = S([1]); s.x = 1
print(s.__reduce__(), S([2]).__reduce__())
it = iter([1, 2, 3]); next(it); print(it.__reduce__()[1:])
it = reversed([1, 2, 3]); print(it.__reduce__()[0] is reversed, it.__reduce__()[1:])
print(iter(range(0, 10, 3)).__reduce__()[1:], reversed(range(0, 10, 3)).__reduce__()[1:])
print(enumerate('ab', 3).__reduce__()[0], zip('a', 'b', strict=True).__reduce__()[2])
# __setstate__ clamps
for mk in (lambda: iter([1, 2, 3]), lambda: iter((1, 2, 3)), lambda: iter('abc'), lambda: iter(b'abc'), lambda: iter(range(3))):
    for st in (-5, 1, 99):
        it = mk(); it.__setstate__(st); print(type(it).__name__, st, list(it))
for st in (-5, 0, 1, 99):
    it = reversed([1, 2, 3]); it.__setstate__(st); print('rev', st, list(it))
    it = reversed('abc'); it.__setstate__(st); print('reversed', st, list(it))
for bad in ('x', 2**70):
    try:
        iter([1]).__setstate__(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
z = zip('ab', 'c'); z.__setstate__(True)
try:
    list(z)
except ValueError as e:
    print(e)
