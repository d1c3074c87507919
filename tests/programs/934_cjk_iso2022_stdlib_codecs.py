# CJK codecs: the ISO-2022 family and HZ (escape sequences, shifts, designations, G2), and whole-table digests.
import codecs, hashlib

for name in ['iso2022_jp', 'iso2022_jp_1', 'iso2022_jp_2', 'iso2022_kr', 'hz']:
    for text in ['plain ascii', 'かな漢字 and ASCII', '\u4e02\u4e04 (JIS X 0212)', '한국어 \u00e9', '中文 这个',
                 'yen \u00a5 overline \u203e ＼', 'line1 日本\nline2 한\n', '~tilde~ 汉字~']:
        try:
            data = text.encode(name)
            print(name, ascii(text), data, data.decode(name) == text)
        except UnicodeEncodeError as e:
            print(name, ascii(text), 'cannot encode', e.start, e.end)

# decoding escape sequences by hand
for name, data in [
    ('iso2022_jp', b'\x1b$@\x30\x21\x1b(J\x5c\x7e\x1b(B\x5c\x7e'),
    ('iso2022_jp', b'\x1b&@\x1b$B\x30\x21\x1b(B'),
    ('iso2022_jp', b'a\x1bb\x1b(B'),
    ('iso2022_jp_1', b'\x1b$(D\x30\x21\x1b$B\x30\x21\x1b(B'),
    ('iso2022_jp_2', b'\x1b$A\x30\x21\x1b$(C\x30\x21\x1b.A\x1bN\x69\x1b.F\x1bN\x61\x1b(B'),
    ('iso2022_kr', b'\x1b$)C\x0e\x30\x21\x0fa\x0e\x30\x21\nb'),
    ('hz', b'~~a~{R;~}~\nb'),
]:
    print(name, data, ascii(data.decode(name, 'replace')))

for name, data in [('iso2022_jp', b'\x1b(Zx'), ('iso2022_jp', b'\x1b$B\x7f\x7f'), ('iso2022_jp', b'\x1b$'),
                   ('iso2022_jp_1', b'\x1b$Ax'), ('iso2022_kr', b'\x0e\x30\x21'), ('hz', b'~x'), ('hz', b'~{\x80')]:
    try:
        data.decode(name)
    except UnicodeDecodeError as e:
        print(name, data, e.start, e.end, e.reason)

# incremental encoder states of the stateful codecs
for name in ['iso2022_jp', 'iso2022_jp_2', 'iso2022_kr', 'hz']:
    enc = codecs.getincrementalencoder(name)()
    out = [enc.getstate()]
    for ch in 'a日b한\u4e02':
        try:
            enc.encode(ch)
        except UnicodeEncodeError:
            out.append('x')
            continue
        out.append(enc.getstate())
    print(name, out, enc.encode('', True), enc.getstate())

# digests over every two-byte sequence and every BMP code point
for name in ['euc_jp', 'gb18030', 'johab']:
    h = hashlib.sha1()
    for lead in range(0x80, 0x100):
        h.update(bytes([lead] + [t for t in range(0x30, 0x100) for _ in (0,)]).decode(name, 'backslashreplace').encode('utf-8'))
        h.update(b''.join(bytes([lead, t]) for t in range(0x40, 0x100)).decode(name, 'backslashreplace').encode('utf-8'))
    e = hashlib.sha1()
    for block in range(0, 0x10000, 0x400):
        chars = ''.join(chr(c) for c in range(block, block + 0x400) if not 0xD800 <= c < 0xE000)
        e.update(chars.encode(name, 'backslashreplace'))
    print(name, h.hexdigest(), e.hexdigest())
