# CJK codecs: StreamReader/StreamWriter, codecs.getreader/getwriter, TextIOWrapper over them.
import codecs, io

text = 'first 行\nsecond 二行目\r\nthird 文字\nlast'
for name in ['shift_jis', 'euc_jp', 'gbk', 'big5', 'cp949', 'iso2022_jp', 'hz']:
    data = text.encode(name)
    r = codecs.getreader(name)(io.BytesIO(data))
    print(name, [ascii(r.readline()) for _ in range(5)])
    r = codecs.getreader(name)(io.BytesIO(data))
    print('   readlines', [ascii(x) for x in r.readlines()])
    r = codecs.getreader(name)(io.BytesIO(data))
    chunks = []
    while True:
        c = r.read(3)
        if not c:
            break
        chunks.append(c)
    print('   read(3)', ''.join(chunks) == text, len(chunks))

    buf = io.BytesIO()
    w = codecs.getwriter(name)(buf)
    for line in text.splitlines(True):
        w.write(line)
    w.reset()
    print('   writer', buf.getvalue() == data, w.getvalue() == data)
    buf = io.BytesIO()
    w = codecs.getwriter(name)(buf, 'xmlcharrefreplace')
    w.writelines(['a\u20ac', 'b\u0100\n', 'c'])
    print('   writelines', buf.getvalue(), w.errors)

# stream reader type checks
import _multibytecodec
for cls in [_multibytecodec.MultibyteStreamReader, _multibytecodec.MultibyteStreamWriter,
            _multibytecodec.MultibyteIncrementalEncoder, _multibytecodec.MultibyteIncrementalDecoder]:
    try:
        cls(None) if 'Stream' in cls.__name__ else cls()
    except AttributeError as e:
        print(cls.__name__, 'AttributeError')

class BadStream:
    def read(self, *a):
        return 'not bytes'
r = codecs.getreader('gbk')(BadStream())
try:
    r.read()
except TypeError as e:
    print('TypeError', e)

# TextIOWrapper and open() with CJK encodings
raw = io.BytesIO()
t = io.TextIOWrapper(raw, encoding='shift_jis', newline='')
t.write(text)
t.flush()
print(raw.getvalue() == text.encode('shift_jis'))
t = io.TextIOWrapper(io.BytesIO(text.encode('iso2022_jp')), encoding='iso2022_jp')
print([ascii(l) for l in t])
t = io.TextIOWrapper(io.BytesIO('あいう'.encode('euc_jp')), encoding='euc_jp')
print(ascii(t.read(1)), ascii(t.read()))
