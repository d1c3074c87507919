# struct over _struct: every format code, byte orders, alignment, errors.
import struct

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))

for fmt in ['', 'b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'e', 'f', 'd', '?', 'c', 'x', '5s', '5p',
            'bh', 'bi', 'bq', 'hd', 'cid', '3h', '0i', 'i0q', '2x3s', 'ci', '!ci', '<ci', '>ci', '=ci', '@ci', ' i  h ', '10c']:
    show('calcsize ' + repr(fmt), lambda: struct.calcsize(fmt))
for fmt in ['z', '3', 'i 3', '<n', '>P', '!N', 'ii9']:
    show('calcsize-err ' + repr(fmt), lambda: struct.calcsize(fmt))
show('calcsize-int', lambda: struct.calcsize(5))

values = {'b': [0, -128, 127], 'B': [0, 255], 'h': [-32768, 32767, 258], 'H': [65535, 258], 'i': [-2**31, 2**31 - 1, 16909060],
          'I': [2**32 - 1, 16909060], 'l': [-2**31, 2**31 - 1], 'L': [2**32 - 1], 'q': [-2**63, 2**63 - 1, 72623859790382856],
          'Q': [2**64 - 1, 72623859790382856], 'e': [1.5, -0.0, 65504.0, 1e-7, float('inf')], 'f': [1.1, -2.5, 3.4e38, float('-inf')],
          'd': [0.1, -1e308, 5e-324, float('inf')], '?': [True, False, 0, 'x', []]}
for mode in '@=<>!':
    for code, vs in values.items():
        for v in vs:
            fmt = mode + code
            try:
                packed = struct.pack(fmt, v)
                print(fmt, v, packed, struct.unpack(fmt, packed))
            except Exception as e:
                print(fmt, v, type(e).__name__, e)
for mode in '@=<>':
    for c in 'bBhHiIlLqQnNP':
        for v in [-1, 2**64, -2**63 - 1, 2**31, 300, 1.5, '1']:
            show(f'{mode}{c} {v!r}', lambda: struct.pack(mode + c, v))
print(struct.pack('@n', -5), struct.pack('@N', 5), struct.unpack('@nN', struct.pack('@nN', -7, 7)))
print(struct.pack('5s', b'abc'), struct.pack('2s', b'abcdef'), struct.pack('5p', b'abc'), struct.pack('3p', b'abcdef'), struct.pack('0s', b'x'))
print(struct.unpack('5s', b'ab\x00cd'), struct.unpack('5p', b'\x03abcd'), struct.unpack('3p', b'\xffab'), struct.pack('c', b'z'), struct.unpack('3c', b'xyz'))
print(struct.pack('bhiq', 1, 2, 3, 4), struct.pack('<bhiq', 1, 2, 3, 4), struct.pack('>bhiq', 1, 2, 3, 4), struct.pack('x?x', True))
print(struct.pack('s', bytearray(b'q')), struct.unpack('<I', bytearray(b'\x01\x02\x03\x04')), struct.unpack('<H', memoryview(b'\x01\x02')))
show('c-long', lambda: struct.pack('c', b'ab'))
show('s-str', lambda: struct.pack('s', 'a'))
show('d-str', lambda: struct.pack('d', 'x'))
show('f-big', lambda: struct.pack('<f', 1e300))
show('f-native-big', lambda: struct.pack('f', 1e300))
show('e-big', lambda: struct.pack('e', 65520.0))
show('count', lambda: struct.pack('ii', 1))
show('count2', lambda: struct.pack('i', 1, 2))
show('unpack-size', lambda: struct.unpack('i', b'abc'))
show('unpack-str', lambda: struct.unpack('i', 'abcd'))
class I:
    def __index__(self): return 7
print(struct.pack('<i', I()), struct.pack('<d', 3), struct.pack('<f', True))
buf = bytes(range(10))
print(struct.unpack_from('<h', buf), struct.unpack_from('<h', buf, 3), struct.unpack_from('<h', buf, offset=-2), struct.unpack_from('<h', buffer=buf, offset=8))
show('unpack_from-short', lambda: struct.unpack_from('<i', buf, 8))
show('unpack_from-neg', lambda: struct.unpack_from('<i', buf, -20))
print(list(struct.iter_unpack('<hb', bytes(range(9)))), struct.iter_unpack('<h', b'abcd').__length_hint__())
show('iter-mult', lambda: struct.iter_unpack('<h', b'abc'))
show('iter-zero', lambda: struct.iter_unpack('', b''))
ba = bytearray(8)
struct.pack_into('<hh', ba, 2, 1, -1)
print(ba)
struct.pack_into('<h', ba, -2, 0x4142)
print(ba)
show('pack_into-small', lambda: struct.pack_into('<i', ba, 6, 1))
show('pack_into-neg', lambda: struct.pack_into('<i', ba, -2, 1))
show('pack_into-range', lambda: struct.pack_into('<i', ba, -20, 1))
show('pack_into-noargs', lambda: struct.Struct('<i').pack_into())
show('pack_into-nooffset', lambda: struct.Struct('<i').pack_into(ba))
show('pack_into-items', lambda: struct.pack_into('<ii', ba, 0, 1))
show('pack_into-bytes', lambda: struct.pack_into('<i', b'12345678', 0, 1))
s = struct.Struct('<ihb')
print(repr(s)[:16], s.format, s.size, s.pack(1, 2, 3), s.unpack(s.pack(-1, -2, -3)), s.unpack_from(bytes(9), 1), repr(struct.Struct(b'>q'))[:16], struct.Struct(b'>q').format)
show('Struct-int', lambda: struct.Struct(3))
show('Struct-bad', lambda: struct.Struct('y'))
print(struct.error, struct.error.__mro__[1], issubclass(struct.error, Exception))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('>d', b'\x7f\xf8' + bytes(6)), struct.unpack('<f', b'\x00\x00\xc0\x7f'))
struct._clearcache()
