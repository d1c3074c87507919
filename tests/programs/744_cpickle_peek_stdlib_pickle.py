# _pickle: the Unpickler looks ahead with peek() like CPython's (same read/peek calls, exact file positions)
import io, pickle, tempfile, os
class Peeky(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.log = []
    def peek(self, n):
        self.log.append(('peek', n))
        return self.getvalue()[self.tell():self.tell() + 100]
    def read(self, n=-1):
        self.log.append(('read', n))
        return super().read(n)
    def readline(self):
        self.log.append(('readline',))
        return super().readline()
data = b''.join(pickle.dumps(({'a': [1, 2.5, 'x' * 50]}, p), p) for p in range(6))
f = Peeky(data)
u = pickle.Unpickler(f)
for p in range(6):
    print(u.load(), f.tell())
print(f.log)
with tempfile.TemporaryDirectory() as d:
    fn = os.path.join(d, 'x')
    with open(fn, 'wb') as w:
        for p in range(6):
            pickle.dump(list(range(p * 1000)), w, p)
    with open(fn, 'rb') as r:
        for p in range(6):
            print(len(pickle.load(r)), r.tell())
