# Exceptions raised inside a Python codec: simple ones are re-raised naming the codec
# ("encoding with 'x' codec failed (T: msg)", original as __cause__), others pass through.
import codecs

class A(RuntimeError): pass
class B(RuntimeError): __slots__ = ()
class C(RuntimeError): __slots__ = ('x',)
class D(RuntimeError):
    def __init__(self): pass
class E(A): pass
class F(RuntimeError):
    def __new__(cls, *a): return super().__new__(cls, *a)

with_attr = RuntimeError('has attr')
with_attr.attr = 1
cases = [RuntimeError, RuntimeError('m'), A('m'), B('m'), C('m'), D, E('q'), F('f'), with_attr, RuntimeError(1),
         RuntimeError('a', 'b'), KeyError('k'), AttributeError('z'), OSError(2, 'o'), UnicodeError('u'), ValueError(),
         StopIteration('s'), UnicodeEncodeError('ascii', 'x', 0, 1, 'r'), TypeError('t'), Warning('w')]
for i, exc in enumerate(cases):
    name = 'test_codec_%d' % i
    def raiser(*args, _exc=exc, **kwds):
        raise _exc
    codecs.register(lambda n, _n=name, _f=raiser: codecs.CodecInfo(_f, _f, name=_n) if n == _n else None)
    for op in (lambda: 'a'.encode(name), lambda: b'a'.decode(name), lambda: codecs.encode('a', name),
               lambda: codecs.decode(b'a', name)):
        try:
            op()
        except BaseException as e:
            c = e.__cause__
            print(type(e).__name__, str(e), '|', type(c).__name__ if c else None, e.__suppress_context__,
                  c is exc or type(c) is exc)

for data, enc in ((b'zz', 'hex'), (b'abc', 'base64'), (b'\xff', 'ascii')):
    try:
        codecs.decode(data, enc)
    except Exception as e:
        print(type(e).__name__, e, '|', repr(e.__cause__))
try:
    'a\u0627.com'.encode('idna')
except UnicodeError as e:
    print(type(e).__name__, e, '|', repr(e.__cause__))
try:
    ('x' * 64 + '.com').encode('idna')
except UnicodeError as e:
    print(type(e).__name__, e, '|', repr(e.__cause__))
