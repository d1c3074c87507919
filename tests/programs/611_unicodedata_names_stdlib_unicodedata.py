# unicodedata.name/lookup: algorithmic names, aliases, named sequences, case, errors; \N{...}.
import unicodedata as U

def t(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f.__name__, repr(args)[:60], type(e).__name__, e)
    else:
        print(f.__name__, repr(args)[:60], ascii(r))

for cp in (0x41, 0x20ac, 0x3400, 0x4dbf, 0x4e00, 0x9fff, 0x20000, 0x2a6df, 0x2b738, 0x30000, 0x3134a, 0x323af,
           0xac00, 0xac01, 0xac1c, 0xd4db, 0xd7a3, 0xd7a4, 0xf900, 0xfa70, 0x2f800, 0x2fa1d, 0x17000,
           0x18800, 0x18b00, 0x18cd5, 0x1b170, 0x1b2fb, 0x1f600, 0xe0100, 0x0, 0x1f, 0x7f, 0x80, 0xfeff):
    t(U.name, chr(cp))
    n = U.name(chr(cp), None)
    if n:
        t(U.lookup, n)
        t(U.lookup, n.lower())

for n in ('LATIN SMALL LETTER A', 'latin small letter a', 'Latin Small Letter A', 'SNOWMAN', 'snowman',
          'NULL', 'LINE FEED', 'BYTE ORDER MARK', 'BOM', 'ZWNBSP', 'LATIN CAPITAL LETTER GHA', 'NBSP',
          'KANNADA LETTER LLLA', 'VS1', 'VARIATION SELECTOR-17', 'VS17', 'ESCAPE', 'DEL',
          'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'latin small letter r with tilde',
          'KEYCAP DIGIT ZERO', 'TAMIL SYLLABLE SSA', 'GEORGIAN LETTER U-BRJGU',
          'CJK UNIFIED IDEOGRAPH-4E00', 'CJK UNIFIED IDEOGRAPH-04E00', 'cjk unified ideograph-4E00',
          'CJK UNIFIED IDEOGRAPH-4e00', 'CJK UNIFIED IDEOGRAPH-4E0', 'CJK UNIFIED IDEOGRAPH-2A6E0',
          'CJK UNIFIED IDEOGRAPH-100000', 'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GAG', 'HANGUL SYLLABLE HIH',
          'HANGUL SYLLABLE A', 'HANGUL SYLLABLE GAGG', 'HANGUL SYLLABLE', 'hangul syllable ga',
          'HANGUL SYLLABLE X', 'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-2f800',
          'TANGUT IDEOGRAPH-17000', 'KHITAN SMALL SCRIPT CHARACTER-18B00', 'NUSHU CHARACTER-1B170',
          '', ' ', 'LATIN SMALL LETTER A ', 'x' * 256, 'x' * 257, '\xe9', 'LATIN SMALL LETTER \xc9'):
    t(U.lookup, n)
t(U.lookup, b'SNOWMAN')
t(U.lookup, bytearray(b'LATIN SMALL LETTER B'))
t(U.lookup, 5)
t(U.lookup, '\ud800')
t(U.lookup, 'A\ud800')
t(U.name, chr(0x10ffff), 'none')

print(ascii('\N{EM DASH}\N{em dash}\N{LATIN SMALL LETTER A WITH ACUTE}\N{NULL}\N{BOM}\N{CJK UNIFIED IDEOGRAPH-4E00}'))
print(ascii('\N{HANGUL SYLLABLE GAG}\N{NUSHU CHARACTER-1B170}\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'))
for src in (r'"\N{LATIN CAPITAL LETTER A WITH MACRON AND GRAVE}"', r'"\N{TANGUT IDEOGRAPH-17000}"',
            r'"\N{NO SUCH THING}"', r'"\N{CJK UNIFIED IDEOGRAPH-4e00}"'):
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
