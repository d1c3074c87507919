# TextIOWrapper read/readline/readlines/tell/seek/newlines under random chunk sizes, encodings and newline
# modes (deterministic LCG): every result, cookie and error must equal CPython's
import _io
seed = 424242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
texts = ['abc\ndef\r\nghi\rjkl\n', '\u00e9\u20ac\U0001F600\nx\r\n\ry', 'one\r\n\r\ntwo\n\nthree', 'no newline at all', '\r\r\n\n\r']
out = []
for case in range(150):
    text = texts[rnd(len(texts))] * (1 + rnd(3))
    enc = ['utf-8', 'latin-1', 'utf-16'][rnd(3)]
    nl = [None, '', '\n', '\r', '\r\n'][rnd(5)]
    t = _io.TextIOWrapper(_io.BytesIO(text.encode(enc, 'replace')), encoding=enc, newline=nl)
    t._CHUNK_SIZE = 1 + rnd(8)
    cookies = []
    for step in range(12):
        op = rnd(6)
        try:
            if op == 0:
                r = ('read', t.read(rnd(5) - 1))
            elif op == 1:
                r = ('readline', t.readline(rnd(6) - 1))
            elif op == 2:
                c = t.tell(); cookies.append(c); r = ('tell', c)
            elif op == 3 and cookies:
                r = ('seek', t.seek(cookies[rnd(len(cookies))]))
            elif op == 4:
                r = ('newlines', t.newlines)
            else:
                r = ('readlines', t.readlines()[:2])
        except Exception as e:
            r = ('exc', type(e).__name__, str(e))
        out.append((case, step, r))
for o in out:
    print(o)
