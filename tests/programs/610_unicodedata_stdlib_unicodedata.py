# unicodedata (Unicode 14.0.0): every property function over a sample of code points, and errors.
import unicodedata as U

print(U.unidata_version, type(U.UCD).__name__, U.UCD.__name__, U.UCD.__module__)

def props(c):
    return (U.category(c), U.bidirectional(c), U.combining(c), U.east_asian_width(c), U.mirrored(c),
            U.decimal(c, None), U.digit(c, None), U.numeric(c, None), U.decomposition(c), U.name(c, None))

sample = [0, 9, 10, 32, 40, 41, 48, 57, 65, 97, 0xa0, 0xb2, 0xbc, 0xbd, 0xc0, 0xdf, 0x130, 0x1c5,
          0x300, 0x301, 0x345, 0x3a3, 0x5d0, 0x627, 0x660, 0x6f0, 0x966, 0x1100, 0x1161, 0x11a8, 0x2028,
          0x2160, 0x2167, 0x2189, 0x2460, 0x3000, 0x3007, 0x3400, 0x4e00, 0x4e8c, 0x9fff, 0xac00, 0xd7a3,
          0xd800, 0xdfff, 0xe000, 0xf900, 0xfa6d, 0xfb01, 0xfdfa, 0xfe0f, 0xff10, 0xff21, 0xfffd, 0xffff,
          0x10107, 0x1d7ce, 0x1f600, 0x1f1e6, 0x17000, 0x18b00, 0x1b170, 0x20000, 0x2a6df, 0x2f800,
          0x30000, 0x3134a, 0xe0001, 0xe0100, 0xf0000, 0x10fffd, 0x10ffff]
sample += range(0, 0x32000, 211)
for cp in sample:
    print(hex(cp), props(chr(cp)))

# numeric values as fractions
for c in '\u00bc\u00bd\u00be\u2153\u215f\u2189\u0f33\u5341\u842c\u4e07\U0001ed3d\U00012432':
    print(hex(ord(c)), U.numeric(c), U.digit(c, 'no'), U.decimal(c, 'no'))

def t(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, repr(r))

for f in (U.decimal, U.digit, U.numeric, U.name):
    t(f, 'a')
    t(f, 'a', 'dflt')
    t(f, 'ab')
    t(f, '')
    t(f, 5)
    t(f, None)
for f in (U.category, U.bidirectional, U.combining, U.east_asian_width, U.mirrored, U.decomposition):
    t(f, 'xy')
    t(f, b'x')
    t(f)
t(U.name)
t(U.name, 'a', 1, 2)
t(U.lookup)
t(U.normalize, 'NFC')

class S(str):
    pass
print(U.category(S('A')), U.name(S('b')))
