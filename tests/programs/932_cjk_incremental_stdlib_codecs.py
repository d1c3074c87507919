# CJK codecs: incremental encoders/decoders, getstate/setstate/reset, errors attribute.
import codecs

TEXTS = {
    'shift_jis': '半角ｶﾀｶﾅと全角カタカナ',
    'euc_jp': 'ＥＵＣ-ＪＰ\u4e02',
    'gb18030': '汉字\U0001f600\u20ac',
    'big5': '繁體字',
    'euc_kr': '한국어 갂',
    'iso2022_jp': 'abc日本語def',
    'iso2022_kr': 'ab한국어cd',
    'hz': 'a汉字b~',
}

for name, text in TEXTS.items():
    whole = text.encode(name)
    dec = codecs.getincrementaldecoder(name)()
    parts = []
    for i in range(len(whole)):
        parts.append(dec.decode(whole[i:i + 1]))
        if i == 2:
            print(name, 'state after 3 bytes:', dec.getstate())
    parts.append(dec.decode(b'', True))
    print(name, ascii(''.join(parts)) == ascii(text), [len(p) for p in parts])
    enc = codecs.getincrementalencoder(name)()
    out = b''.join(enc.encode(c) for c in text) + enc.encode('', True)
    print('   ', out == whole, out)
    enc2 = codecs.getincrementalencoder(name)()
    print('    state', enc2.getstate(), end=' ')
    enc2.encode(text[:4])
    st = enc2.getstate()
    print(st, end=' ')
    a = enc2.encode(text[4:], True)
    enc2.setstate(st)
    b = enc2.encode(text[4:], True)
    print(a == b, enc2.getstate())
    enc2.reset()
    print('    after reset', enc2.getstate())

# iso2022 decoder states
d = codecs.getincrementaldecoder('iso2022_jp')()
print(d.getstate())
print(ascii(d.decode(b'\x1b$B')), d.getstate())
print(ascii(d.decode(b'\x30')), d.getstate())
st = d.getstate()
print(ascii(d.decode(b'\x21\x1b(B!')), d.getstate())
d.setstate(st)
print(ascii(d.decode(b'\x21\x1b(B!')), d.getstate())
d.reset()
print(d.getstate())

# incomplete input at the end
d = codecs.getincrementaldecoder('cp949')()
print(ascii(d.decode(b'\xc6\xc4\xc0')), d.getstate())
try:
    d.decode(b'', True)
except UnicodeDecodeError as e:
    print('final:', e.start, e.end, e.reason)
print(ascii(d.decode(b'\xcc')), d.getstate())

# errors attribute
for cls in [codecs.getincrementalencoder('gbk'), codecs.getincrementaldecoder('gbk')]:
    o = cls('replace')
    print(type(o).__name__, o.errors)
    o.errors = 'ignore'
    print(o.errors)
    try:
        o.errors = 1
    except TypeError as e:
        print('TypeError', e)
e = codecs.getincrementalencoder('gbk')('backslashreplace')
print(e.encode('x\u20acy\u0100'))
d = codecs.getincrementaldecoder('gbk')('replace')
print(ascii(d.decode(b'a\xff\x80b\xd6')), ascii(d.decode(b'', True)))

# setstate validation
d = codecs.getincrementaldecoder('euc_kr')()
for bad in [(b'123456789', 0), ('x', 0), (b'', -1), 5]:
    try:
        d.setstate(bad)
        print('accepted', bad)
    except Exception as ex:
        print(type(ex).__name__)
e = codecs.getincrementalencoder('euc_jp')()
for bad in [-1, 1 << 200, int.from_bytes(b'\x01\xff' + bytes(8), 'little'), int.from_bytes(b'\x09' + bytes(16), 'little')]:
    try:
        e.setstate(bad)
        print('accepted')
    except Exception as ex:
        print(type(ex).__name__)
e.setstate(int.from_bytes(b'\x01a' + bytes(8), 'little'))
print(e.getstate(), e.encode('b'))
