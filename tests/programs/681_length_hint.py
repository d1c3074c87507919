# __length_hint__ of the builtin iterators, as operator.length_hint and the method itself report it.
import operator

d = {1: 'a', 2: 'b', 3: 'c'}


class Seq:
    def __getitem__(self, i):
        if i < 4:
            return i
        raise IndexError


class SeqLen(Seq):
    def __len__(self):
        return 4


makers = [
    ('list', lambda: iter([1, 2, 3])), ('listrev', lambda: reversed([1, 2, 3])), ('tuple', lambda: iter((1, 2, 3))),
    ('str', lambda: iter('abc')), ('ustr', lambda: iter('a\u1234c')), ('bytes', lambda: iter(b'abc')),
    ('bytearray', lambda: iter(bytearray(b'abc'))), ('range', lambda: iter(range(3))),
    ('rrange', lambda: reversed(range(3))), ('longrange', lambda: iter(range(2**64, 2**64 + 3))),
    ('set', lambda: iter({1, 2, 3})), ('frozenset', lambda: iter(frozenset('abc'))),
    ('dkeys', lambda: iter(d)), ('dvalues', lambda: iter(d.values())), ('ditems', lambda: iter(d.items())),
    ('rdkeys', lambda: reversed(d)), ('rdvalues', lambda: reversed(d.values())), ('rditems', lambda: reversed(d.items())),
    ('reversed', lambda: reversed('abc')), ('seq', lambda: iter(Seq())), ('seqlen', lambda: iter(SeqLen())),
    ('enumerate', lambda: enumerate('abc')), ('zip', lambda: zip('abc', 'abc')), ('map', lambda: map(str, 'abc')),
    ('filter', lambda: filter(None, 'abc')), ('callable', lambda: iter(iter('abc').__next__, 'z')),
]
for name, mk in makers:
    row = []
    for consume in (0, 1, 3, 4):
        it = mk()
        for _ in range(consume):
            next(it, None)
        row.append(operator.length_hint(it, -1))
        m = getattr(it, '__length_hint__', None)
        row.append('-' if m is None else m())
    print(name, type(mk()).__name__, row)

# the underlying container changing under the iterator
lst = [1, 2, 3]
it = iter(lst); next(it); lst.append(4); print(operator.length_hint(it))
del lst[:]; print(operator.length_hint(it))
lst = [1, 2, 3]
it = reversed(lst); next(it); lst.pop(); lst.pop(); print(operator.length_hint(it))
s = {1, 2, 3}
it = iter(s); next(it); s.add(9); print(operator.length_hint(it))
dd = dict(d)
it = iter(dd); next(it); dd[9] = 9; print(operator.length_hint(it))
it = reversed(dd); dd.pop(9); print(operator.length_hint(it))
ba = bytearray(b'abcd')
it = iter(ba); next(it); del ba[2:]; print(operator.length_hint(it)); ba.extend(b'xyz'); print(operator.length_hint(it))
r = reversed('abcd'); next(r); print(r.__length_hint__())
try:
    len(reversed(d))
except TypeError as e:
    print(e)
print(operator.length_hint(iter(range(2**64, 2**65)), 0) if False else iter(range(2**64, 2**65)).__length_hint__())
