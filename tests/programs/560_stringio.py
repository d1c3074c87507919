# _io.StringIO: read/write/seek/truncate, newline modes, errors
import _io

s = _io.StringIO()
print(s.write('hello'), s.tell(), repr(s.getvalue()))
s.seek(2)
print(s.write('XY'), repr(s.getvalue()), s.tell())
s.seek(10)
s.write('!')
print(repr(s.getvalue()), len(s.getvalue()))
s.seek(0)
print(repr(s.read(3)), repr(s.read()), repr(s.read()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
s = _io.StringIO('line1\nline2\r\nline3\rend')
print(s.readline(), end='|')
print(repr(s.readline(3)), repr(s.readline()))
print(s.readlines())
for nl in [None, '', '\n', '\r', '\r\n']:
    s = _io.StringIO('a\nb\r\nc\rd', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines)
s = _io.StringIO(newline=None)
s.write('x\r\ny\rz\n')
print(repr(s.getvalue()), s.newlines)
s = _io.StringIO(newline='\r\n')
s.write('p\nq\n')
print(repr(s.getvalue()))
s = _io.StringIO('abc\ndef\n')
print(list(s), s.tell())
s = _io.StringIO('\U0001F600x\u00e9')
print(len(s.getvalue()), repr(s.read(1)), s.tell(), repr(s.read()))
for bad in [lambda: _io.StringIO(5), lambda: _io.StringIO('', newline=5), lambda: _io.StringIO('', newline='x'),
            lambda: _io.StringIO().write(5), lambda: _io.StringIO().seek(-1), lambda: _io.StringIO().seek(1, 1),
            lambda: _io.StringIO().seek(0, 3), lambda: _io.StringIO().truncate(-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
s = _io.StringIO('q')
print(s.readable(), s.writable(), s.seekable(), s.closed, s.line_buffering, s.isatty())
s.close()
print(s.closed)
for op in ['read', 'getvalue', 'tell', 'readable']:
    try:
        getattr(s, op)()
    except ValueError as e:
        print(op, e)
with _io.StringIO('ctx') as s2:
    print(s2.read())
print(s2.closed)
print(isinstance(s, _io._TextIOBase), isinstance(s, _io._IOBase), _io.StringIO.__mro__)
