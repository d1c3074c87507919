# _pickle: Pickler/Unpickler API (persistent ids, dispatch_table, reducer_override, memo proxies,
# extension registry, fast mode, out-of-band buffers, Python 2 pickles) and CPython's error messages
import copyreg
import re
import io
import pickle
import sys


def show(f):
    try:
        r = f()
        print('ok', r)
    except Exception as e:
        msg = str(e)
        msg = re.sub(r' at 0x[0-9a-f]+', '', msg)
        print(type(e).__name__, msg)


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f'Thing({self.name!r})'


# persistent_id / persistent_load as methods of subclasses
class PersPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Thing):
            return 'thing:' + obj.name
        return None


class PersUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        return Thing(pid.split(':')[1] + '!')


for proto in range(6):
    f = io.BytesIO()
    PersPickler(f, proto).dump([Thing('a'), 1, Thing('b')])
    print(proto, f.getvalue())
    f.seek(0)
    print(PersUnpickler(f).load())

# ... and as attributes
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.persistent_id = lambda obj: 42 if obj == 'x' else None
p.dump(['x', 'y'])
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
u.persistent_load = lambda pid: ('pid', pid)
print(u.load())
f.seek(0)
show(lambda: pickle.Unpickler(f).load())
show(lambda: setattr(p, 'persistent_id', 5))
show(lambda: pickle.Pickler(io.BytesIO()).persistent_id)

# protocol 0 persistent ids must be ASCII
class P0(pickle.Pickler):
    def persistent_id(self, obj):
        return 'é' if obj == 1 else None
show(lambda: P0(io.BytesIO(), 0).dump(1))

# dispatch_table
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return f'Point({self.x}, {self.y})'


def reduce_point(p):
    return Point, (p.x * 10, p.y * 10)


f = io.BytesIO()
p = pickle.Pickler(f, 3)
p.dispatch_table = {Point: reduce_point}
p.dump(Point(1, 2))
print(f.getvalue(), pickle.loads(f.getvalue()))


class DTPickler(pickle.Pickler):
    dispatch_table = copyreg.dispatch_table.copy()
    dispatch_table[Point] = reduce_point


f = io.BytesIO()
DTPickler(f, 4).dump([Point(3, 4)])
print(f.getvalue(), pickle.loads(f.getvalue()))


# reducer_override
class ROPickler(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is Point:
            return str, ('POINT',)
        if isinstance(obj, Point):
            return tuple, ((obj.x, obj.y),)
        return NotImplemented


f = io.BytesIO()
ROPickler(f, 5).dump([Point, Point(5, 6), 7, 'seven'])
print(f.getvalue(), pickle.loads(f.getvalue()))

# memo proxies
f = io.BytesIO()
p = pickle.Pickler(f, 2)
s = 'shared'
p.dump([s, s])
memo = p.memo.copy()
print(sorted((v[0], type(v[1]).__name__) for v in memo.values()))
p.dump(s)
print(f.getvalue())
p.clear_memo()
p.dump(s)
print(f.getvalue()[-20:])
p.memo = {id(s): (0, s)}
p.dump([s])
print(f.getvalue()[-12:])
show(lambda: setattr(p, 'memo', 5))
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), sorted(u.memo.copy().items()))
u.memo = {0: 'preset'}
print(sorted(u.memo.copy().items()))
show(lambda: setattr(u, 'memo', {-1: 2}))

# copyreg extension registry
class Ext:
    pass


copyreg.add_extension(__name__, 'Ext', 0xf0)
copyreg.add_extension(__name__, 'Thing', 0x1234)
copyreg.add_extension(__name__, 'Point', 0x123456)
for proto in (1, 2, 4):
    d = pickle.dumps([Ext, Thing, Point], proto)
    print(proto, d, pickle.loads(d) == [Ext, Thing, Point])
copyreg.remove_extension(__name__, 'Ext', 0xf0)
copyreg.remove_extension(__name__, 'Thing', 0x1234)
copyreg.remove_extension(__name__, 'Point', 0x123456)
show(lambda: pickle.loads(b'\x80\x02\x82\xf1.'))

# fast mode: no memo, cycles fail
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.fast = True
s = 'abc'
p.dump([s, s, (1, 2)])
print(p.fast, f.getvalue())
lst = []
lst.append(lst)
show(lambda: p.dump(lst))

# out-of-band buffers (protocol 5)
buffers = []
data = pickle.dumps([pickle.PickleBuffer(b'abc'), pickle.PickleBuffer(bytearray(b'de'))], 5,
                    buffer_callback=buffers.append)
print(data, len(buffers))
print(pickle.loads(data, buffers=[b'ABC', bytearray(b'DE')]))
print(pickle.dumps([pickle.PickleBuffer(b'abc'), pickle.PickleBuffer(bytearray(b'de'))], 5))
show(lambda: pickle.dumps(pickle.PickleBuffer(b'x'), 4))
show(lambda: pickle.loads(data))
show(lambda: pickle.loads(data, buffers=[]))
show(lambda: pickle.dumps(1, 4, buffer_callback=print))

# Python 2 pickles: fix_imports and encodings
py2 = [
    b"c__builtin__\nset\np0\n((lp1\nI1\naI2\natp2\nRp3\n.",
    b"(S'abc'\np0\nS'\\xe9t\\xe9'\np1\nU\x03\xff\xfe\xfdq\x02tp3\n.",
    b"cexceptions\nValueError\n(S'oops'\ntR.",
    b'(dp0\nVk\np1\nL12345678901234567890L\ns.',
    b'ccopy_reg\n_reconstructor\n(c__builtin__\nobject\nc__builtin__\nobject\nNtR.',
    b'I00\n.', b'I01\n.', b'I010\n.', b'F1.25\n.', b"S'a\\nb'\np0\n.",
]
for d in py2:
    for enc in ('ASCII', 'latin1', 'bytes'):
        show(lambda: (lambda r: r if type(r) is not object else 'an object')(pickle.loads(d, encoding=enc)))
show(lambda: pickle.loads(py2[0], fix_imports=False))
print(pickle.dumps([set, ValueError, range, IOError], 2))
print(pickle.dumps([set, ValueError, range], 2, fix_imports=False))
print(pickle.dumps(b'\x00\xff', 2))

# errors
show(lambda: pickle.dumps(lambda: 0))
def outer():
    def inner():
        pass
    return inner
show(lambda: pickle.dumps(outer()))
show(lambda: pickle.dumps(1, 6))
show(lambda: pickle.Pickler(5))
show(lambda: pickle.Unpickler(5))


class BadReduce:
    def __init__(self, r):
        self.r = r

    def __reduce__(self):
        return self.r


for r in [5, (), (1, ()), (list, 5), (list, (), None, 5), (dict, (), None, None, 5),
          (list, (), None, None, None, 5), (1, 2, 3, 4, 5, 6, 7)]:
    show(lambda: pickle.dumps(BadReduce(r), 2))
for d in [b'', b'\x80\x02', b'(', b'K', b'J\x00\x00', b'\x80\x02]q\x00(K\x01K\x02e', b'a.', b'0.',
          b'e.', b'(t(.', b'\x80\x06N.', b'\xff.', b'z.', b'h\x05.', b'g5\n.', b'I12x\n.', b"S'abc\n.",
          b'}K\x01s.', b'(K\x01d.', b'\x80\x04\x8c\x01a\x8c\x01b\x93.', b'\x80\x04K\x01K\x02\x93.',
          b'N\x81.', b'P1\n.', b'\x80\x04\x95\x10\x00\x00\x00\x00\x00\x00\x00N.', b'Vab']:
    show(lambda: pickle.loads(d))

# find_class overrides and restrictions
class Restricted(pickle.Unpickler):
    def find_class(self, module, name):
        if module == 'builtins' and name in ('set', 'frozenset'):
            return super().find_class(module, name)
        raise pickle.UnpicklingError(f'global {module}.{name} is forbidden')


show(lambda: Restricted(io.BytesIO(pickle.dumps({1, 2}, 2))).load())
show(lambda: Restricted(io.BytesIO(pickle.dumps(Thing, 2))).load())
u = pickle.Unpickler(io.BytesIO(b''))
print(u.find_class('collections', 'OrderedDict'), u.find_class('os.path', 'join').__name__)
show(lambda: u.find_class('collections', 'Nope'))
show(lambda: u.load())

# deep structures raise RecursionError, never crash
deep = []
for i in range(100000):
    deep = [deep]
show(lambda: len(pickle.dumps(deep, 4)))
deep_data = b'\x80\x04' + b']' * 100000 + b'a' * 99999 + b'.'
print(type(pickle.loads(deep_data)).__name__)

# __init__ not called
class NoInit(pickle.Pickler):
    def __init__(self):
        pass
show(lambda: NoInit().dump(1))
class NoInitU(pickle.Unpickler):
    def __init__(self):
        pass
show(lambda: NoInitU().load())

# multiple pickles in one file
f = io.BytesIO()
for proto in range(6):
    pickle.dump(('p', proto), f, proto)
f.seek(0)
u = pickle.Unpickler(f)
print([u.load() for _ in range(6)])
show(lambda: u.load())
