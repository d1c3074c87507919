# _pickle: the reduce protocol in detail (state_setter, list/dict item iterators, __newobj__ and
# __newobj_ex__ checks, singletons, slots state) and the unpickler's BUILD/INST/OBJ paths
import copyreg
import pickle
import re


def show(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__, re.sub(r" from '[^']*'", '', re.sub(r' at 0x[0-9a-f]+', '', str(e))))


def set_state(obj, state):
    obj.__dict__.update(state)
    obj.restored = True


class WithSetter:
    def __init__(self):
        self.a = 1

    def __reduce__(self):
        return WithSetter, (), {'a': 5}, None, None, set_state

    def __repr__(self):
        return f'WithSetter({sorted(self.__dict__.items())})'


class Items:
    def __init__(self):
        self.data = []
        self.map = {}

    def append(self, x):
        self.data.append(x)

    def extend(self, xs):
        self.data.extend(xs)
        self.data.append('extended')

    def __setitem__(self, k, v):
        self.map[k] = v

    def __reduce__(self):
        return Items, (), None, iter([1, 2, 3]), iter([('k', 'v'), ('k2', 'v2')])

    def __repr__(self):
        return f'Items({self.data}, {self.map})'


class NewObjBad:
    def __init__(self, r):
        self.r = r

    def __reduce_ex__(self, proto):
        return self.r


for proto in range(6):
    d = pickle.dumps(WithSetter(), proto)
    print(proto, d, pickle.loads(d))
    d = pickle.dumps(Items(), proto)
    print(proto, d, pickle.loads(d))

newobj = copyreg.__newobj__
newobj_ex = copyreg.__newobj_ex__
for r in [(newobj, ()), (newobj, (5,)), (newobj, (int,)), (newobj_ex, (int, (), {}, 1)), (newobj_ex, (5, (), {})),
          (newobj_ex, (int, [], {})), (newobj_ex, (int, (), [])), (newobj_ex, (NewObjBad, (1,), {'x': 2}))]:
    for proto in (2, 4):
        show(lambda: pickle.dumps(NewObjBad(r), proto))


class Sl:
    __slots__ = ('a', 'b', '__dict__')

    def __init__(self):
        self.a = 1
        self.c = 3

    def __repr__(self):
        return f'Sl(a={self.a}, has_b={hasattr(self, "b")}, c={self.c})'


for proto in (2, 3, 4, 5):
    d = pickle.dumps(Sl(), proto)
    print(proto, d, pickle.loads(d))

for obj in [None, ..., NotImplemented, type(None), type(...), type(NotImplemented), True, 1j, int, object]:
    for proto in (0, 2, 4):
        print(proto, pickle.dumps(obj, proto))

# unpickler paths that only old pickles use
class Old:
    def __init__(self, *args):
        self.args = args

    def __repr__(self):
        return f'Old{self.args}'


class WithInitArgs:
    def __getinitargs__(self):
        return ()

    def __init__(self):
        self.inited = True


show(lambda: pickle.loads(b'(i__main__\nOld\n(dp0\nVx\nI1\nsb.'))
show(lambda: pickle.loads(b'(i__main__\nOld\nI1\nI2\n.'))
show(lambda: pickle.loads(b'(c__main__\nOld\nI7\no.'))
show(lambda: pickle.loads(b'(c__main__\nOld\no.'))
show(lambda: pickle.loads(b'(c__main__\nWithInitArgs\no.').inited)
show(lambda: pickle.loads(b'(c__main__\nOld\n}(Vx\nI1\ntb.'))
show(lambda: pickle.loads(b'c__main__\nOld\n)\x81(N}Vy\nI2\nstb.').y)
show(lambda: pickle.loads(b'c__main__\nOld\n)\x81I5\nb.'))
show(lambda: pickle.loads(b'c__main__\nOld\n)\x81(NI5\ntb.'))
show(lambda: pickle.loads(b'\x80\x04c__main__\nOld\n)}\x92.'))
show(lambda: pickle.loads(b'\x80\x04c__main__\nOld\nK\x01}\x92.'))
show(lambda: pickle.loads(b'\x80\x04K\x01)}\x92.'))
show(lambda: pickle.loads(b'\x80\x02K\x01)\x81.'))
show(lambda: pickle.loads(b'\x80\x02c__builtin__\nlist\n]\x81.'))
show(lambda: pickle.loads(b'c__builtin__\nlen\n]R.'))
show(lambda: pickle.loads(b'\x80\x02c__builtin__\nset\n)\x81(K\x01K\x02\x90.'))
show(lambda: pickle.loads(b'\x80\x04\x8f(K\x01K\x02\x90\x8f(\x90.'))
show(lambda: pickle.loads(b'\x80\x04(K\x01K\x01\x91.'))
show(lambda: pickle.loads(b'\x80\x04\x8c\x08builtins\x8c\x0bfrozenset.x\x93.'))
show(lambda: pickle.loads(b'\x80\x04\x8c\x08__main__\x8c\x10Old.__init__.<locals>\x93.'))
show(lambda: pickle.loads(b'\x80\x03c__main__\nOld.__repr__\n.'))
show(lambda: pickle.loads(b'\x80\x04c__main__\nOld.__repr__\n.').__name__)
show(lambda: pickle.loads(b'\x80\x02cUserDict\nUserDict\n)\x81.'))
show(lambda: pickle.loads(b'\x80\x02cwhichdb\nwhichdb\n.').__module__)
show(lambda: pickle.loads(b'\x80\x03cUserDict\nUserDict\n.'))
show(lambda: pickle.loads(b'L123L\n.'))
show(lambda: pickle.loads(b'L-0x10\n.'))
show(lambda: pickle.loads(b'I-7\n.'))
show(lambda: pickle.loads(b'I99999999999999999999\n.'))
show(lambda: pickle.loads(b'F-inf\n.'))
show(lambda: pickle.loads(b'Fnope\n.'))
show(lambda: pickle.loads(b'F1.5x\n.'))
show(lambda: pickle.loads(b'F 2e3\n.'))
show(lambda: pickle.loads(b'\x8a\x00.'))
show(lambda: pickle.loads(b'\x8a\x02\xff\x7f.'))
show(lambda: pickle.loads(b'\x8b\x03\x00\x00\x00\x00\x00\x80.'))
show(lambda: pickle.loads(b'\x8b\xff\xff\xff\xff.'))
show(lambda: pickle.loads(b'T\xff\xff\xff\xff.'))
show(lambda: pickle.loads(b'Vcaf\\u00e9 \\U0001f600\n.'))
show(lambda: ascii(pickle.loads(b'\x80\x02X\x03\x00\x00\x00\xed\xa0\x80.')))
show(lambda: pickle.loads(b'(I1\nI2\nI3\n0l.'))
show(lambda: pickle.loads(b'(I1\n2t.'))
show(lambda: pickle.loads(b'(1I1\n.'))
show(lambda: pickle.loads(b'(0N.'))
