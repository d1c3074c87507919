# Binary files: FileIO and BufferedReader/Writer/Random on a real file (path named by our pid)
import _io

with open('/proc/self/stat') as f:
    pid = f.read().split()[0]
p = '/tmp/taipan_io_567_' + pid + '.bin'

with open(p, 'wb') as f:
    print(type(f).__name__, f.mode, f.name == p, f.raw.mode, f.raw.closefd, f.writable(), f.readable())
    print(f.write(b'0123456789'), f.write(bytearray(b'abc')), f.write(memoryview(b'XYZ')), f.tell())
with open(p, 'rb') as f:
    print(type(f).__name__, f.read(4), f.peek(1)[:1], f.read1(3), f.tell(), f.readline(), f.read())
    f.seek(-3, 2)
    print(f.read(), f.seek(2), f.read(2), f.seek(1, 1), f.read(1))
    buf = bytearray(5)
    f.seek(0)
    print(f.readinto(buf), buf, f.readinto(memoryview(bytearray(2))))
with open(p, 'r+b') as f:
    print(type(f).__name__, f.mode, f.read(3))
    f.write(b'---')
    f.seek(0)
    print(f.read())
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(f.read())
with open(p, 'ab') as f:
    print(f.tell(), f.write(b'+tail'), f.tell())
with open(p, 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(3), f.readall(), f.read(), f.seekable(), f.isatty())
    print(repr(f)[:17], f.closefd)
    fd = f.fileno()
    g = _io.FileIO(fd, 'r', closefd=False)
    g.seek(0)
    print(repr(g).replace(str(fd), 'FD'), g.read(2), g.name == fd)
    g.close()
    print(f.closed, g.closed, repr(g))
try:
    open(p, 'rb').write(b'x')
except _io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
r = _io.FileIO(p, 'w')
print(r.mode, r.write(b'abc'), r.tell())
try:
    r.read()
except _io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
r.close()
print(repr(r))
for bad in [lambda: r.read(), lambda: r.fileno(), lambda: _io.FileIO(p, 'rw'), lambda: _io.FileIO(p, 'q'),
            lambda: _io.FileIO(-1), lambda: _io.FileIO(p, 'r', closefd=False), lambda: _io.FileIO(1.0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
try:
    _io.FileIO('/tmp')
except IsADirectoryError as e:
    print('IsADirectoryError', e.errno, e.filename)
try:
    open('/nonexistent_dir_567/x', 'rb')
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror, e.filename)
with open(p, 'xb' if False else 'wb') as f:
    pass
try:
    open(p, 'xb')
except FileExistsError as e:
    print('FileExistsError', e.errno)
w = open(p, 'wb')
w.write(b'unflushed')
with open(p, 'rb') as f:
    print(f.read())
w.flush()
with open(p, 'rb') as f:
    print(f.read())
w.close()
try:
    import os
    os.remove(p)
except ImportError:
    pass
