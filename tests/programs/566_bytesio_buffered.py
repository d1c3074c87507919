# BytesIO, BufferedReader/Writer/Random/RWPair over in-memory streams
import _io

b = _io.BytesIO(b'hello\nworld\n')
print(b.read(3), b.readline(), b.tell(), b.getvalue(), b.read1(2), b.readlines())
print(list(_io.BytesIO(b'a\nb\nc')), _io.BytesIO(b'1\n2\n3\n').readlines(3))
ba = bytearray(4)
print(_io.BytesIO(b'xyz').readinto(ba), ba)
b = _io.BytesIO()
print(b.write(b'abc'), b.seek(6), b.write(b'Z'), b.getvalue(), b.truncate(2), b.getvalue(), b.tell())
print(b.seek(-1, 2), b.seek(10, 1), b.seek(-100, 1), b.tell())
b.writelines([b'1', bytearray(b'2')])
print(b.getvalue(), b.readable(), b.writable(), b.seekable(), b.isatty())
for bad in [lambda: b.seek(-1), lambda: b.seek(0, 3), lambda: b.truncate(-1), lambda: b.write('s'), lambda: _io.BytesIO('s')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)

r = _io.BufferedReader(_io.BytesIO(b'line1\nline2\nrest'), 4)
print(repr(r), r.peek(2)[:2], r.read(2), r.read1(3), r.readline(), r.tell(), r.read(), r.read(), r.readable(), r.seekable())
r.seek(0)
print(list(r), r.raw.tell())
w = _io.BytesIO()
bw = _io.BufferedWriter(w, 4)
print(bw.write(b'ab'), w.getvalue(), bw.write(b'cdef'), w.getvalue(), bw.tell())
print(bw.write(b'0123456789'), w.getvalue())
bw.flush()
print(w.getvalue(), bw.writable(), bw.raw is w)
bw.close()
print(bw.closed, w.closed)
rnd = _io.BufferedRandom(_io.BytesIO(b'0123456789'), 4)
print(rnd.read(3), rnd.write(b'ab'), rnd.tell(), rnd.read(2), rnd.seek(0), rnd.read(), rnd.raw.getvalue())
pair = _io.BufferedRWPair(_io.BytesIO(b'in data'), _io.BytesIO())
print(pair.read(2), pair.write(b'out'), pair.readable(), pair.writable(), pair.closed)
pair.close()
print(pair.closed)
r = _io.BufferedReader(_io.BytesIO(b'abc'))
r.close()
for name in ['read', 'peek', 'readline']:
    try:
        getattr(r, name)()
    except ValueError as e:
        print(name, e)
r = _io.BufferedReader(_io.BytesIO(b'abc'))
raw = r.detach()
print(raw.read())
try:
    r.read()
except ValueError as e:
    print(e)
for bad in [lambda: _io.BufferedReader(_io.BytesIO(), 0), lambda: _io.BufferedReader(_io.BytesIO()).read(-2),
            lambda: _io.BufferedReader(_io.BytesIO()).seek(0, 5)]:
    try:
        bad()
    except ValueError as e:
        print(e)
