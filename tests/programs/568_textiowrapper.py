# TextIOWrapper over BytesIO: decoding, newline modes, tell/seek cookies, reconfigure, detach, errors
import _io

t = _io.TextIOWrapper(_io.BytesIO('h\u00e9\r\nx\ny\rz'.encode()), encoding='utf-8')
print(repr(t), repr(t.readline()), repr(t.readline()), t.tell(), repr(t.read()), t.newlines)
t.seek(0)
print(repr(t.read(2)), t.tell(), repr(t.read(1)))
t.seek(0)
lines = []
while True:
    pos = t.tell()
    line = t.readline()
    if not line:
        break
    lines.append((pos, line))
print(lines)
for pos, line in lines:
    t.seek(pos)
    assert t.readline() == line
print(t.seek(0, 2), repr(t.read()))
for nl in [None, '', '\n', '\r', '\r\n']:
    t = _io.TextIOWrapper(_io.BytesIO(b'a\nb\r\nc\rd'), encoding='ascii', newline=nl)
    print(repr(nl), t.readlines(), t.newlines)
    w = _io.TextIOWrapper(_io.BytesIO(), encoding='ascii', newline=nl)
    w.write('1\n2\r\n3')
    w.flush()
    print(w.buffer.getvalue())
t = _io.TextIOWrapper(_io.BytesIO(), encoding='latin-1')
print(t.encoding, t.errors, t.line_buffering, t.write_through, t.name if hasattr(t, 'name') else 'no name')
t.write('caf\xe9')
print(t.buffer.getvalue())
t.flush()
print(t.buffer.getvalue())
t = _io.TextIOWrapper(_io.BytesIO(b'a\xffb'), encoding='utf-8', errors='replace')
print(repr(t.read()))
t = _io.TextIOWrapper(_io.BytesIO(b'a\xffb'), encoding='utf-8', errors='surrogateescape')
print(repr(t.read()))
t = _io.TextIOWrapper(_io.BytesIO(b'\xe2\x82'), encoding='utf-8')
try:
    t.read()
except UnicodeDecodeError as e:
    print(e.reason, e.start, e.end)
t = _io.TextIOWrapper(_io.BytesIO(), encoding='ascii', errors='xmlcharrefreplace')
t.write('\xe9!')
t.flush()
print(t.buffer.getvalue())
t = _io.TextIOWrapper(_io.BytesIO(), encoding='utf-8', line_buffering=True)
t.write('no newline')
print(t.buffer.getvalue())
t.write(' then\n')
print(t.buffer.getvalue())
t.reconfigure(line_buffering=False, write_through=True)
t.write('x')
print(t.buffer.getvalue(), t.line_buffering, t.write_through)
t = _io.TextIOWrapper(_io.BytesIO(b'abc'), encoding='utf-8')
t.reconfigure(encoding='latin-1')
print(t.encoding, t.read())
try:
    t.reconfigure(encoding='utf-8')
except _io.UnsupportedOperation as e:
    print(e)
b = t.detach()
print(type(b).__name__)
try:
    t.read()
except ValueError as e:
    print(e)
print(repr(t)[:20])
for bad in [lambda: _io.TextIOWrapper(_io.BytesIO(), encoding=5), lambda: _io.TextIOWrapper(_io.BytesIO(), newline='x'),
            lambda: _io.TextIOWrapper(_io.BytesIO(), encoding='no-such-codec'), lambda: _io.TextIOWrapper(_io.BytesIO()).write(b'x'),
            lambda: _io.TextIOWrapper(_io.BytesIO()).seek(1, 1), lambda: _io.TextIOWrapper(_io.BytesIO()).seek(-1),
            lambda: setattr(_io.TextIOWrapper(_io.BytesIO()), '_CHUNK_SIZE', 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
t = _io.TextIOWrapper(_io.BytesIO(b'1\n2\n3\n'), encoding='utf-8')
print(next(t))
try:
    t.tell()
except OSError as e:
    print(e)
print(list(t), t.tell())
t = _io.TextIOWrapper(_io.BytesIO('\u00e9\u00e9\u00e9\u00e9'.encode()), encoding='utf-8')
t._CHUNK_SIZE = 3
print(t._CHUNK_SIZE, repr(t.read(1)), t.tell(), repr(t.read(2)), t.tell(), repr(t.read()))
