# _pickle (the C accelerator): exact dumps() bytes for many objects and every protocol, and round trips
import _pickle
import pickle
import collections

print(pickle.Pickler is _pickle.Pickler, pickle.dumps is _pickle.dumps)


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]

    def __eq__(self, other):
        return type(other) is Plain and self.__dict__ == other.__dict__


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 1
        self.y = 'why'

    def __eq__(self, other):
        return type(other) is Slotted and (self.x, self.y) == (other.x, other.y)


class WithNewArgs(int):
    def __new__(cls, v, extra):
        self = int.__new__(cls, v)
        self.extra = extra
        return self

    def __getnewargs__(self):
        return (int(self), self.extra)


class WithNewArgsEx:
    def __new__(cls, *args, **kwargs):
        self = object.__new__(cls)
        self.args = args
        self.kwargs = kwargs
        return self

    def __getnewargs_ex__(self):
        return self.args, self.kwargs

    def __eq__(self, other):
        return type(other) is WithNewArgsEx and (self.args, self.kwargs) == (other.args, other.kwargs)


class WithState:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v * 2}

    def __setstate__(self, st):
        self.v = st['v'] // 2

    def __eq__(self, other):
        return type(other) is WithState and self.v == other.v


class MyList(list):
    pass


class MyDict(dict):
    pass


class Nested:
    class Inner:
        pass


big = 2 ** 100
shared = [1, 2]
values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -65536, 2 ** 31 - 1, -2 ** 31, 2 ** 31, -2 ** 31 - 1,
    2 ** 63, -2 ** 63, big, -big, 2 ** 2000,
    0.0, -0.0, 1.5, 1e100, float('inf'), -float('inf'), 1e-300,
    '', 'a', 'héllo', 'snow\u2603man', '\U0001f600', 'x' * 300, 'back\\slash\nnew\rline\x00nul\x1a',
    b'', b'abc', bytes(range(256)), b'x' * 300,
    bytearray(), bytearray(b'ab'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), ((),),
    [], [1], [1, 2], list(range(10)), [[1], [2, [3]]],
    {}, {1: 2}, {'a': 1, 'b': [2]}, {i: str(i) for i in range(5)},
    set(), {1}, {1, 2, 3}, frozenset(), frozenset({1, 2}),
    [shared, shared, (shared,)],
    Plain(), Slotted(), WithNewArgs(5, 'e'), WithNewArgsEx(1, 2, k=3), WithState(21),
    MyList([1, 2]), MyDict(a=1),
    len, pickle.dumps, collections.OrderedDict, Nested.Inner, Plain, type(None), type(Ellipsis), type(NotImplemented),
    collections.OrderedDict(a=1), collections.deque([1, 2]), collections.Counter('abca'),
    range(1, 10, 2), slice(1, 2), complex(1, 2), Ellipsis, NotImplemented,
]

for v in values:
    for proto in range(0, 6):
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, 'error', type(e).__name__, e)
            continue
        print(proto, repr(v)[:60].replace(hex(id(v)), 'ID'), data)
        back = pickle.loads(data)
        if v == v and back != v and not isinstance(v, (Plain, Slotted)):
            print('  ROUND TRIP MISMATCH', back)
        if pickle._loads(data) != back and v == v:
            print('  pure loader differs')

# recursive structures
lst = []
lst.append(lst)
d = {}
d['self'] = d
t = ([],)
t[0].append(t)
for obj in (lst, d, t):
    for proto in range(6):
        data = pickle.dumps(obj, proto)
        print(proto, data)
        r = pickle.loads(data)
print(r[0][0] is r)

# large containers: batching
for proto in (1, 2, 4):
    for n in (999, 1000, 1001, 2001):
        data = pickle.dumps(list(range(n)), proto)
        print(proto, n, len(data), data[-12:], pickle.loads(data) == list(range(n)))
        data = pickle.dumps({i: i for i in range(n)}, proto)
        print(proto, n, len(data), data[-12:], len(pickle.loads(data)))
        data = pickle.dumps(set(range(n)), proto)
        print(proto, n, len(data), data[-12:], len(pickle.loads(data)))

# framing of big pickles
for proto in (4, 5):
    obj = [b'x' * 70000, 'y' * 70000, list(range(20000)), [str(i) for i in range(10000)]]
    data = pickle.dumps(obj, proto)
    import pickletools
    frames = [(pos, arg) for op, arg, pos in pickletools.genops(data) if op.name == 'FRAME']
    print(proto, len(data), frames, pickle.loads(data) == obj)
