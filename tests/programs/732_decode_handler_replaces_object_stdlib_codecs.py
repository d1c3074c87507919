# A decoding error handler may replace exc.object; decoding goes on in the new bytes.
import codecs

def forward_shorter_than_end(exc):
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.start + 1)
    raise TypeError("don't know how to handle %r" % exc)
codecs.register_error("test.forward_shorter_than_end", forward_shorter_than_end)
for data, enc in [(b'\xd8\xd8\xd8\xd8\xd8\x00\x00\x00', 'utf-16-le'),
                  (b'\xd8\xd8\xd8\xd8\x00\xd8\x00\x00', 'utf-16-be'),
                  (b'\x11\x11\x11\x11\x11\x00\x00\x00\x00\x00\x00', 'utf-32-le'),
                  (b'\x11\x11\x11\x00\x00\x11\x11\x00\x00\x00\x00', 'utf-32-be')]:
    print(enc, ascii(data.decode(enc, 'test.forward_shorter_than_end')))

def replace_with_long(exc):
    if isinstance(exc, UnicodeDecodeError):
        exc.object = b"\x00" * 8
        return ('\ufffd', exc.start)
    raise TypeError("don't know how to handle %r" % exc)
codecs.register_error("test.replace_with_long", replace_with_long)
print(ascii(b'\x00'.decode('utf-16', 'test.replace_with_long')))
print(ascii(b'\x00'.decode('utf-32', 'test.replace_with_long')))

calls = []
def replace_once(exc):
    calls.append((exc.start, exc.end, exc.object))
    if len(calls) == 1:
        exc.object = b"ab\xffcd"
        return ('?', 3)
    return ('!', exc.end)
codecs.register_error("test.replace_once", replace_once)
print(ascii(b'\xff\xfe'.decode('utf-8', 'test.replace_once')), calls)

def out_of_range(exc):
    exc.object = b"ab"
    return ('?', 5)
codecs.register_error("test.out_of_range", out_of_range)
try:
    b'abc\xff'.decode('utf-8', 'test.out_of_range')
except IndexError as e:
    print("IndexError:", e)
