# unicodedata.normalize / is_normalized: the four forms on tricky strings, errors, identity.
import unicodedata as U

FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')
cases = [
    '', 'abc', 'caf\u00e9', 'cafe\u0301', '\u00c5', 'A\u030a', '\u212b', '\u1e9b\u0323', '\u0071\u0307\u0323',
    '\ufb01', '\u2460', '\u00bd', '\u32a4', '\u3300', '\ufdfa', '\u1100\u1161\u11a8', '\uac00\u11a8', '\uac01',
    '\u1100\u1161', '\u1100\u1100\u1161\u11a8\u11a8', '\u0b47\u0b3e', '\u0b47\u0300\u0b3e', 'a\u0328\u0302\u0301',
    '\u0958', '\u0915\u093c', '\u0344', '\u0f73', '\u0f71\u0f72', 'e\u0301\u0301', 'e\u0327\u0301', 'e\u0301\u0327',
    'a\u05b8\u05b9\u05b1\u0591\u05c3\u05b0\u05ac\u059f', '\u1e0a\u0323', '\u1e0c\u0307', 'D\u0307\u0323',
    '\u00c7\u0301', '\u1e08', '\U0001d15e', '\U0001d160', '\U0002f800', '\U0002f9bf', '\uf951', '\u2126', 'K\u212a',
    '\u03d3', '\u03d2\u0301', '\u1fee', '\u0385', '\u00a8\u0301', ' \u0301', '\u0301a', '\u0300\u0301\u0302',
    '\u3099', '\u304b\u3099', '\u304c', '\uff76\uff9e', '\u1161', '\u11a8', 'x\U0001f600\u0301', '\ud800\u0301',
    '\U000110ab\U000110ba', '\U00011099\U000110ba', '\u2001', '\u00a0', '\u0132', '\u01c4', '\u1e9e', '\u00df',
]
for s in cases:
    print(ascii(s), [ascii(U.normalize(f, s)) for f in FORMS], [U.is_normalized(f, s) for f in FORMS])

s = 'already normal'
print(U.normalize('NFC', s) is s, U.normalize('NFKD', s) is s)
s = 'r\u00e9sum\u00e9'
print(U.normalize('NFC', s) is s, U.normalize('NFD', s) == s)
print(ascii(U.normalize('NFC', 'x' * 100 + '\u0301' * 5)))
print(len(U.normalize('NFD', '\uac00' * 1000)), len(U.normalize('NFKC', '\ufdfa' * 10)))

def t(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, ascii(r))

for f in (U.normalize, U.is_normalized):
    t(f, 'nfc', 'a')
    t(f, 'X', '')
    t(f, 'NFC', 1)
    t(f, 1, 'a')
    t(f, 1, 2)
    t(f, b'NFC', 'a')
    t(f, 'NFC')
    t(f, 'NFC', 'a', 'b')

class S(str):
    pass
r = U.normalize('NFC', S('abc'))
print(type(r).__name__, r)
r = U.normalize('NFD', S('\u00e9'))
print(type(r).__name__, ascii(r))

# Every composable pair of the BMP Latin/Greek/Cyrillic range round-trips NFD -> NFC.
bad = 0
for cp in range(0xc0, 0x2000):
    c = chr(cp)
    d = U.normalize('NFD', c)
    if U.normalize('NFC', d) != U.normalize('NFC', c):
        bad += 1
print('roundtrip mismatches', bad)
