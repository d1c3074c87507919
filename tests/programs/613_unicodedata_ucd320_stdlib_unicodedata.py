# unicodedata.ucd_3_2_0 (Unicode 3.2.0, as stringprep and the idna codec use it).
import unicodedata as U
import stringprep
import encodings.idna

O = U.ucd_3_2_0
print(O.unidata_version, type(O).__name__, type(O) is U.UCD, isinstance(O, U.UCD))
try:
    U.UCD()
except TypeError as e:
    print('TypeError', e)
try:
    class X(U.UCD):
        pass
except TypeError as e:
    print('TypeError', e)

def props(db, c):
    return (db.category(c), db.bidirectional(c), db.combining(c), db.east_asian_width(c), db.mirrored(c),
            db.decimal(c, None), db.digit(c, None), db.numeric(c, None), db.decomposition(c), db.name(c, None))

changed = 0
for cp in list(range(0, 0x3000, 13)) + [0x23a, 0x237, 0x20ad, 0x20b5, 0x9fa5, 0x9fa6, 0x9fff, 0xfa30, 0x1d7ce,
                                        0x2f868, 0x2f874, 0xf951, 0x1f600, 0x10fffd, 0x10ffff, 0x2a6d6, 0x2a6d7]:
    c = chr(cp)
    a, b = props(U, c), props(O, c)
    if a != b:
        changed += 1
        print(hex(cp), b)
print('changed', changed)

def t(f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
    else:
        print(f.__name__, ascii(r))

for n in ('LATIN SMALL LETTER A', 'latin small letter a', 'NULL', 'BOM', 'LATIN CAPITAL LETTER A WITH STROKE',
          'CJK UNIFIED IDEOGRAPH-9FFF', 'CJK UNIFIED IDEOGRAPH-4E00', 'HANGUL SYLLABLE GAG', 'SNOWMAN',
          'LATIN CAPITAL LETTER A WITH MACRON AND GRAVE', 'GRINNING FACE', 'EURO SIGN'):
    t(O.lookup, n)
for c in '\u0041\u023a\u9fa5\u9fa6\uac00\u20ac\U0001f600':
    t(O.name, c)
    t(O.name, c, 'dflt')
t(O.decimal, '\u0660')
t(O.decimal, 'x')
t(O.numeric, 'x', -1)
t(O.digit, 'xx')
t(O.category)
t(O.category, 'ab')
t(O.name)
for s in ('\uf951', '\U0002f868', '\U0002f874', '\U0002f91f', '\U0002f95f', '\U0002f9bf', '\u00c5\u0301', '\u023a\u0301',
          'a\u0350\u0301', '\u1e9b\u0323', '\u2001', '\uac00'):
    print(ascii(s), [ascii(O.normalize(f, s)) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')],
          [O.is_normalized(f, s) for f in ('NFC', 'NFD', 'NFKC', 'NFKD')])
t(O.normalize, 'NFX', 'a')

# stringprep tables and the idna codec are built on ucd_3_2_0
print(stringprep.in_table_a1('\u0221'), stringprep.in_table_a1('\u0220'), stringprep.in_table_b1('\u00ad'))
print(ascii(stringprep.map_table_b2('\u00df')), ascii(stringprep.map_table_b3('\u0130')))
print(stringprep.in_table_c12('\u00a0'), stringprep.in_table_c22('\u200d'), stringprep.in_table_d1('\u05d0'), stringprep.in_table_d2('a'))
for name in ('b\u00fccher.example', 'M\u00fcnchen.DE', '\u4f8b\u3048.\u30c6\u30b9\u30c8', 'xn--bcher-kva.example',
             'Stra\u00dfe.de', '\u0440\u0444.ru', 'a\u00adb.com'):
    enc = name.encode('idna')
    print(ascii(name), enc, ascii(enc.decode('idna')))
print(ascii(encodings.idna.nameprep('\u00c5\u212b\u00ad\u200bX')))
try:
    'a\u0627.com'.encode('idna')
except UnicodeError as e:
    print(type(e).__name__, e)

# the UCD object: a read-only version, no instances, no pickling
import pickle, copy
for f in (lambda: pickle.dumps(O), lambda: copy.copy(O), lambda: setattr(O, 'unidata_version', 'x'),
          lambda: setattr(O, 'foo', 1), lambda: U.UCD.category(O, '\u023a'), lambda: U.UCD.category('a', 'a'),
          lambda: sorted(k for k in dir(U.UCD) if not k.startswith('__')), lambda: O.normalize.__self__ is O):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
