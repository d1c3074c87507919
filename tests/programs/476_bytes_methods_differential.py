# differential check of bytes/bytearray methods on pseudo-random bytes (first cases printed, all in a checksum)
class _M:
    def __getitem__(self, k): return k
def mk(a, b, c, v): return (_M()[a:b:c], v)
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
pool = [b"a", b"b", b" ", b"\t", b"\n", b"\r", b"A", b"\x00", b"\xff", b",", b"ab", b"\x0b", b"\x1c", b"1", b"'", b'"', b"\\", b"Zz"]
def rb(m):
    return b"".join(pool[rnd(len(pool))] for _ in range(rnd(m + 1)))
checksum = 0
for i in range(500):
    s = rb(8); t = rb(2); a = rnd(12) - 6; b = rnd(14) - 4
    res = []
    for f in [lambda: s.find(t, a, b), lambda: s.rfind(t, a, b), lambda: s.count(t, a, b), lambda: s.index(t[:1] or b"a"),
              lambda: s.startswith(t, a, b), lambda: s.endswith((t, b"x"), a), lambda: s.split(t or None, rnd(4) - 1),
              lambda: s.rsplit(t or None, rnd(4) - 1), lambda: s.splitlines(rnd(2) == 1), lambda: s.strip(t or None), lambda: s.rstrip(t),
              lambda: s.partition(t or b"a"), lambda: s.rpartition(t or b"a"), lambda: (s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase()),
              lambda: (s.isalpha(), s.isalnum(), s.isdigit(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isascii()),
              lambda: (s.center(a + 8, b"*"), s.ljust(b), s.rjust(a + 5), s.zfill(b), s.expandtabs(rnd(5))), lambda: s.replace(t, b"<>", rnd(4) - 1),
              lambda: (s[a:b], s[::-1], s[a::2]), lambda: (repr(s), repr(bytearray(s)), s.hex(), s.hex("-", a or 1)),
              lambda: bytes.fromhex(s.hex(" ")), lambda: s.translate(bytes.maketrans(b"ab", b"ba"), t), lambda: s.removeprefix(t) + s.removesuffix(t),
              lambda: t.join([s, s]), lambda: (s < t, s == t, s > bytearray(t)), lambda: t in s, lambda: hash(s) == hash(s.decode("latin-1")),
              lambda: (lambda x: (x.extend(t), x.insert(a, 65), x.pop(a) if x else None, x.remove(65) if 65 in x else None, x.reverse(), x)[-1])(bytearray(s)),
              lambda: (lambda x: (x.__setitem__(*mk(a, b, None, t)), x)[-1])(bytearray(s)), lambda: (lambda x: (x.__delitem__(mk(a, b, 2, None)[0]), x)[-1])(bytearray(s)),
              lambda: memoryview(s)[a:b:(rnd(3) + 1)].tobytes(), lambda: s % () if b"%" not in s else None]:
        try:
            res.append(repr(f()))
        except Exception as e:
            res.append(type(e).__name__ + ":" + str(e))
    line = " ".join(map(str, (i, s, t, a, b, " | ".join(res),)))
    if i < 12:
        print(line)
    for ch in line:
        checksum = (checksum * 31 + ord(ch)) % 4294967291
print("checksum", checksum)
