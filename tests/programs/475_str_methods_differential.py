# differential check of str methods on pseudo-random text (first cases printed, all folded into a checksum)
alphabet = ["a", "b", " ", "\t", "\n", "\r", "A", "ß", "Σ", "\u00e9", "\U0001F600", ",", "ab", "\x85", "\u2028", "1", "\u0660", "İ", "ǅ", "'", "\x00", "\U00010400", "ﬁ", "\u0345", "xy"]
seed = 987
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
def rstr(maxlen):
    return "".join(alphabet[rnd(len(alphabet))] for _ in range(rnd(maxlen + 1)))
checksum = 0
for i in range(600):
    s = rstr(8); t = rstr(2)
    a = rnd(12) - 6; b = rnd(14) - 4
    res = []
    for name, f in [("find", lambda: s.find(t, a, b)), ("rfind", lambda: s.rfind(t, a, b)), ("count", lambda: s.count(t, a, b)),
                    ("sw", lambda: s.startswith(t, a, b)), ("ew", lambda: s.endswith(t, a)), ("split", lambda: s.split(t or None, rnd(4) - 1)),
                    ("rsplit", lambda: s.rsplit(t or None, rnd(4) - 1)), ("splitlines", lambda: s.splitlines(rnd(2) == 1)),
                    ("strip", lambda: s.strip(t or None)), ("lstrip", lambda: s.lstrip(t)), ("part", lambda: s.rpartition(t or "a")),
                    ("case", lambda: (s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())),
                    ("pred", lambda: (s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(), s.islower(), s.isupper(), s.istitle(), s.isprintable(), s.isidentifier())),
                    ("pad", lambda: (s.center(a + 8, "*"), s.zfill(b), s.expandtabs(rnd(5)))), ("replace", lambda: s.replace(t, "<>", rnd(4) - 1)),
                    ("slice", lambda: (s[a:b], s[::-1], s[a::2])), ("enc", lambda: (s.encode("utf-8", "surrogatepass"), s.encode("utf-16"), s.encode("ascii", "backslashreplace"), s.encode("latin-1", "xmlcharrefreplace"))),
                    ("bytes", lambda: (lambda e: (e.split(), e.title(), e.find(t.encode()[:1] or b"a", a, b), e.hex(":", a or 1), e.expandtabs(3), e.splitlines(True), repr(bytearray(e)), e.decode("utf-8", "replace")))(s.encode("utf-8")[:a + 8]))]:
        try:
            res.append(repr(f()))
        except Exception as e:
            res.append(type(e).__name__ + ":" + str(e))
    line = " ".join(map(str, (i, repr(s), repr(t), a, b, " | ".join(res),)))
    if i < 12:
        print(line)
    for ch in line:
        checksum = (checksum * 31 + ord(ch)) % 4294967291
print("checksum", checksum)
