# StringIO/BytesIO pickle through __getstate__/__setstate__ (value, newline, position, __dict__) with
# CPython's checks; reading after seeking past the end gives empty results.
import io, pickle, copy
s = io.StringIO('ab\ncd', newline=None); s.read(2); s.x = 1
print(s.__getstate__())
t = pickle.loads(pickle.dumps(s))
print(t.getvalue(), t.tell(), t.x, t.read())
s = io.StringIO('ab\r\n', newline='\r\n'); print(s.__getstate__())
u = copy.deepcopy(s); print(repr(u.getvalue()), u.__getstate__())
b = io.BytesIO(b'xyz'); b.read(1); print(b.__getstate__())
c = pickle.loads(pickle.dumps(b, 2)); print(c.getvalue(), c.tell())
for st in [(b'a',), (b'a', -1, None), (b'a', 0, 5), (b'a', 'x', None)]:
    try: b.__setstate__(st)
    except Exception as e: print(type(e).__name__, e)
for st in [('a', None, -1, None), ('a', None, 0), (1, None, 0, None), ('a', None, 0, 3)]:
    try: s.__setstate__(st)
    except Exception as e: print(type(e).__name__, e)
m = io.StringIO('abc'); m.seek(10); print(repr(m.read()), list(m))
m = io.BytesIO(b'abc'); m.seek(10); print(repr(m.read()), repr(m.readline()), list(m))
