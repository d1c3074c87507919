# Python RawIOBase subclasses under BufferedReader/Writer and TextIOWrapper: readinto/write are called
import _io

class Raw(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.calls = []
    def readinto(self, b):
        n = min(len(b), len(self.data), 3)
        self.calls.append(len(b))
        b[:n] = self.data[:n]
        self.data = self.data[n:]
        return n
    def readable(self):
        return True

raw = Raw(b'abcdefghij\nxyz')
br = _io.BufferedReader(raw, 8)
print(br.read(5), br.readline(), br.read(), raw.calls)
print(Raw(b'12345').read(), Raw(b'123').readall(), Raw(b'12').read(1))
tw = _io.TextIOWrapper(_io.BufferedReader(Raw('caf\u00e9\nz'.encode())), encoding='utf-8')
print(list(tw))

class Sink(_io._RawIOBase):
    def __init__(self):
        self.chunks = []
    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)
    def writable(self):
        return True

s = Sink()
bw = _io.BufferedWriter(s, 4)
bw.write(b'ab')
bw.write(b'cdefgh')
bw.write(b'ij')
print(s.chunks)
bw.flush()
print(s.chunks)
s = Sink()
tw = _io.TextIOWrapper(_io.BufferedWriter(s), encoding='utf-8', newline='\r\n')
print('hi', 'there', file=tw)
tw.flush()
print(s.chunks)
tw.close()
print(s.closed)
try:
    _io.BufferedReader(Sink())
except _io.UnsupportedOperation as e:
    print(e)
try:
    _io.BufferedWriter(Raw(b''))
except _io.UnsupportedOperation as e:
    print(e)
