# TextIOWrapper decoding/encoding of random byte strings split across tiny chunks, with every error handler
import _io
seed = 7
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
pool = [0x41, 0x0a, 0x0d, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xa0, 0xed, 0x9f, 0xef, 0xf0, 0x90, 0xf4, 0x8f, 0xf5, 0xff, 0xe2, 0x82, 0xac]
for case in range(400):
    data = bytes(pool[rnd(len(pool))] for _ in range(rnd(12)))
    errors = ['replace', 'surrogateescape', 'backslashreplace', 'ignore'][rnd(4)]
    enc = ['utf-8', 'latin-1', 'ascii'][rnd(3)]
    t = _io.TextIOWrapper(_io.BytesIO(data), encoding=enc, errors=errors, newline='')
    t._CHUNK_SIZE = 1 + rnd(4)
    r = t.read()
    w = _io.TextIOWrapper(_io.BytesIO(), encoding=enc, errors=errors if errors != 'ignore' else 'xmlcharrefreplace')
    try:
        w.write(r); w.flush(); back = w.buffer.getvalue()
    except Exception as e:
        back = type(e).__name__
    print(case, data, enc, errors, ascii(r), back)
