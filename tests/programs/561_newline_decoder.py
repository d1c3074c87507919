# _io.IncrementalNewlineDecoder over str input (decoder=None) and the getstate/newlines bookkeeping
import _io

d = _io.IncrementalNewlineDecoder(None, translate=True)
for chunk in ['ab\r', '\ncd\r', 'ef', '\r', '']:
    print(repr(d.decode(chunk)), d.newlines)
print(repr(d.decode('', final=True)), d.newlines)
d = _io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode('a\r\nb\rc\n', final=True)), d.newlines)
d.reset()
print(d.newlines)
print(repr(d.decode('x\r')), repr(d.decode('', True)), d.newlines)
d = _io.IncrementalNewlineDecoder(None, True)
d.decode('z\r')
d.setstate(('', 0))
print(repr(d.decode('\n', True)))
try:
    _io.IncrementalNewlineDecoder(None, True).decode(5)
except TypeError as e:
    print(e)
