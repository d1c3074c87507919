# Python subclasses of the _io base classes: the native defaults call the overridden methods
import _io

class Lines(_io._TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ''
    def readable(self):
        return True

src = Lines(['a\n', 'b\n', 'c'])
print(list(src))
print(Lines(['x\n', 'y\n']).readlines())
print(Lines(['1\n', '22\n', '333\n']).readlines(3))

class Sink(_io._TextIOBase):
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append('<flush>')

k = Sink()
k.writelines(['p', 'q'])
print('x', 'y', file=k)
with k:
    k.write('z')
print(k.parts, k.closed)
try:
    k.write('late')
    print('write after close allowed by subclass')
    k.writelines(['w'])
except ValueError as e:
    print('ValueError', e)

class MyString(_io.StringIO):
    def write(self, s):
        return super().write(s.upper())

m = MyString()
m.write('abc')
print('def', file=m)
print(repr(m.getvalue()), type(m).__mro__[1:3])
m.extra = 1
print(m.extra, m.__dict__)

base = _io._IOBase()
print(base.readable(), base.writable(), base.seekable(), base.closed, base.isatty())
for name in ['seek', 'truncate', 'fileno']:
    try:
        getattr(base, name)(0) if name != 'fileno' else base.fileno()
    except _io.UnsupportedOperation as e:
        print(name, type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
try:
    _io._TextIOBase().read()
except _io.UnsupportedOperation as e:
    print('read', e)
try:
    _io._RawIOBase().write(None)
except NotImplementedError as e:
    print('NotImplementedError', repr(e))
base.close()
print(base.closed)
try:
    base.flush()
except ValueError as e:
    print(e)
try:
    iter(base)
except ValueError as e:
    print(e)
