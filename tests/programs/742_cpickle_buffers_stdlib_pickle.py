# _pickle: PickleBuffer (buffer protocol, raw, release), out-of-band round trips, bytearray subclasses,
# subclasses of Pickler/Unpickler and dump/load through files
import io
import pickle

pb = pickle.PickleBuffer(b'hello')
print(bytes(pb), bytearray(pb), memoryview(pb).tobytes(), memoryview(pb).readonly)
print(pb.raw().tobytes(), pb.raw().format, pb.raw().readonly)
pbw = pickle.PickleBuffer(bytearray(b'xyz'))
print(memoryview(pbw).readonly, bytes(pbw))
pb.release()
pb.release()
for f in (lambda: bytes(pb), lambda: pb.raw(), lambda: memoryview(pb)):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)
try:
    pickle.PickleBuffer(5)
except TypeError as e:
    print('TypeError', e)
try:
    pickle.dumps(pickle.PickleBuffer(b'x'), 5, buffer_callback=None) and print('in band ok')
except Exception as e:
    print(type(e).__name__, e)

# out of band: the callback decides per buffer
big = bytearray(b'B' * 100)
small = b'small'
seen = []


def cb(buf):
    seen.append(bytes(buf.raw()))
    return len(buf.raw()) < 10   # small ones stay in band


data = pickle.dumps([pickle.PickleBuffer(big), pickle.PickleBuffer(small), pickle.PickleBuffer(big)], 5,
                    buffer_callback=cb)
print(data, seen)
r = pickle.loads(data, buffers=[pickle.PickleBuffer(big), big])
print([type(x).__name__ for x in r], r[0] is r[2], bytes(r[1]))
ro = pickle.loads(pickle.dumps(pickle.PickleBuffer(b'ro'), 5, buffer_callback=lambda b: False), buffers=[bytearray(b'RW')])
print(type(ro).__name__, ro.readonly, bytes(ro))

# in-band bytearray at protocol 5 and below
for proto in range(6):
    print(proto, pickle.dumps(bytearray(b'ba'), proto), pickle.dumps(pickle.PickleBuffer(bytearray(b'p')), 5))


class BA(bytearray):
    pass


for proto in (2, 5):
    d = pickle.dumps(BA(b'sub'), proto)
    print(proto, d, type(pickle.loads(d)).__name__)

# dump/load with real files, several pickles in sequence
f = io.BytesIO()
p = pickle.Pickler(f, 4)
for obj in ([1, 2], {'k': (3, 4)}, 'end'):
    p.dump(obj)
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load(), u.load(), f.tell() == len(f.getvalue()))


class CountingWriter:
    def __init__(self):
        self.chunks = []

    def write(self, b):
        self.chunks.append(len(b))


w = CountingWriter()
pickle.dump([b'x' * 200000, list(range(30000))], w, 4)
print(w.chunks)
w = CountingWriter()
pickle.Pickler(w, 5).dump(['s' * 70000, b'y' * 10])
print(w.chunks)


class OnlyRead:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.calls = []

    def read(self, n):
        self.calls.append(n)
        r = self.data[self.pos:self.pos + n]
        self.pos += n
        return r

    def readline(self):
        i = self.data.index(b'\n', self.pos) + 1
        r = self.data[self.pos:i]
        self.pos = i
        return r


src = OnlyRead(pickle.dumps({'a': [1, 2.5, 'three']}, 4) + pickle.dumps(('x', 'y'), 0))
print(pickle.load(src), pickle.load(src), src.calls)
try:
    pickle.Unpickler(io.StringIO())
except TypeError as e:
    print('TypeError', e)
try:
    pickle.load(io.BytesIO(b'\x80\x04\x95\x10\x00'))
except Exception as e:
    print(type(e).__name__, e)
