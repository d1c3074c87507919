# BufferedRandom / TextIOWrapper(BufferedRandom) / StringIO / BufferedWriter under random writes, reads, seeks
# and tells (deterministic LCG; a seek separates reading from writing, as the io docs require)
import _io
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
words = ['ab', 'c\n', '\u00e9', '\r\n', 'xyz\r', '\U0001F600', '']
out = []
for case in range(200):
    kind = rnd(4)
    init = b'0123456789abcdef\n' * rnd(3)
    raw = _io.BytesIO(init)
    if kind == 0:
        f = _io.BufferedRandom(raw, 1 + rnd(6))
    elif kind == 1:
        f = _io.TextIOWrapper(_io.BufferedRandom(raw, 1 + rnd(6)), encoding=['utf-8', 'latin-1'][rnd(2)], errors='replace', newline=[None, '', '\r\n'][rnd(3)])
        f._CHUNK_SIZE = 1 + rnd(5)
    elif kind == 2:
        f = _io.StringIO(init.decode(), newline=[None, '', '\n', '\r', '\r\n'][rnd(5)])
    else:
        f = _io.BufferedWriter(raw, 1 + rnd(6))
    text = kind in (1, 2)
    marks = []
    last = None
    for step in range(10):
        op = rnd(7)
        try:
            if op == 0:
                w = words[rnd(len(words))]
                if last == 'r': f.seek(f.tell())
                last = 'w'
                r = ('write', f.write(w if text else w.encode('utf-8')))
            elif op == 1:
                if last == 'w': f.flush(); f.seek(f.tell())
                last = 'r'
                r = ('read', f.read(rnd(6) - 1))
            elif op == 2:
                m = f.tell(); marks.append(m); r = ('tell', m)
            elif op == 3:
                r = ('seek', f.seek(marks[rnd(len(marks))]) if marks else f.seek(0))
            elif op == 4:
                if last == 'w': f.flush(); f.seek(f.tell())
                last = 'r'
                r = ('readline', f.readline())
            elif op == 5:
                f.flush(); r = ('value', raw.getvalue() if kind != 2 else f.getvalue())
            else:
                r = ('seekend', f.seek(0, 2))
        except Exception as e:
            r = ('exc', type(e).__name__, str(e))
        out.append((case, step, r))
    try:
        f.flush()
        out.append((case, 'final', raw.getvalue() if kind != 2 else f.getvalue()))
    except Exception as e:
        out.append((case, 'final exc', type(e).__name__, str(e)))
for o in out:
    print(o)
