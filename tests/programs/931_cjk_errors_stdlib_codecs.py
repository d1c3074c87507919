# CJK codecs: error handlers and the UnicodeEncodeError/UnicodeDecodeError they see.
import codecs

BAD_BYTES = {
    'shift_jis': b'ok\x81\x20x\xa0\xfd\x82',
    'cp932': b'ok\x81\x20x\xfd\x82',
    'euc_jp': b'ok\x8f\xa1\xa1x\xa1\x20\xa1',
    'gb2312': b'ok\xa1\x20\xff\xff\xb0',
    'gbk': b'ok\x80\x40\xff\x81',
    'gb18030': b'ok\x81\x30\xff\x30\x81\x30\x81',
    'big5': b'ok\xa1\x20\x80\xa4',
    'cp950': b'ok\xf9\xfe\xc8\x41\xa4',
    'euc_kr': b'ok\xa4\xd4\xa4\xa1\xa4\xa1\xa4\xd4\xa1\x20\xb0',
    'cp949': b'ok\xc9\xa1\x81\x20\xb0',
    'johab': b'ok\x84\x40\xd9\x31\x88',
    'iso2022_jp': b'ok\x1b$B\x30\x21\x7f\x7f\x1b(Zx\x1b$B\x30',
    'iso2022_kr': b'ok\x1b$)C\x0e\x30\x21\x20\x20\x0f\x80\x0e\x30',
    'hz': b'ok~{\x30\x21~x~}~',
}
HANDLERS = ['replace', 'ignore', 'backslashreplace', 'surrogateescape']

for name, data in BAD_BYTES.items():
    try:
        data.decode(name)
    except UnicodeDecodeError as e:
        print(name, 'strict:', e.encoding, e.start, e.end, e.reason, e.object == data)
        print('   ', str(e))
    for h in HANDLERS:
        try:
            print('   ', h, ascii(data.decode(name, h)))
        except UnicodeDecodeError as e:
            print('   ', h, 'UnicodeDecodeError', e.start, e.end)

BAD_TEXT = 'a\u20acb\u00e9c\U0001f600d\udc80e'
for name in BAD_BYTES:
    try:
        r = BAD_TEXT.encode(name)
        print(name, 'encoded', r)
    except UnicodeEncodeError as e:
        print(name, 'strict:', e.encoding, e.start, e.end, e.reason, ascii(e.object[e.start:e.end]))
    for h in ['replace', 'ignore', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
        try:
            print('   ', h, BAD_TEXT.encode(name, h))
        except Exception as e:
            print('   ', h, type(e).__name__, e)

# custom handlers
seen = []
def record(exc):
    seen.append((type(exc).__name__, exc.encoding, exc.start, exc.end, exc.reason))
    if isinstance(exc, UnicodeEncodeError):
        return ('[%s]' % ','.join('%x' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)
    return ('<%s>' % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error('test.record', record)
print('x\u20acy\u0100z'.encode('shift_jis', 'test.record'))
print(b'x\x81y\xa0z\x82'.decode('shift_jis', 'test.record'))
print('\u3042\u20ac\u3044'.encode('iso2022_jp', 'test.record'))
for s in seen:
    print(s)

codecs.register_error('test.bytes', lambda e: (b'##', e.end))
print('a\u20acb'.encode('gbk', 'test.bytes'))
print('\uac00\u20ac\uac01'.encode('iso2022_kr', 'test.bytes'))

codecs.register_error('test.back', lambda e: ('', e.start - 1 if e.start else e.end))
codecs.register_error('test.skip2', lambda e: ('?', e.end + 1))
print('ab\u20accd'.encode('euc_kr', 'test.skip2'))
print(b'ab\xffcd'.decode('euc_kr', 'test.skip2'))
codecs.register_error('test.neg', lambda e: ('!', -1))
print('ab\u20accd'.encode('big5', 'test.neg'))
print(b'ab\xffcd'.decode('big5', 'test.neg'))

# bad handler results
for ret in [1, ('x',), (1, 1), ('x', 'y'), ('x', 100), ('x', -100)]:
    codecs.register_error('test.bad', lambda e, ret=ret: ret)
    for what in ['enc', 'dec']:
        try:
            if what == 'enc':
                'a\u20acb'.encode('cp949', 'test.bad')
            else:
                b'a\xffb'.decode('cp949', 'test.bad')
            print(ret, what, 'no error')
        except Exception as e:
            print(ret, what, type(e).__name__, e)

# a replacement the codec cannot encode
codecs.register_error('test.unencodable', lambda e: ('\u20ac', e.end))
try:
    'a\u0100b'.encode('shift_jis', 'test.unencodable')
except UnicodeEncodeError as e:
    print('nested', e.start, e.end, ascii(e.object))

try:
    b'abc'.decode('gbk', 'no.such.handler')
    print('no handler needed')
    b'\xff'.decode('gbk', 'no.such.handler')
except LookupError as e:
    print('LookupError', e)
