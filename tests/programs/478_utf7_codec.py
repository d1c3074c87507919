# UTF-7: encoding of mixed text and decoding of pseudo-random input with strict/replace/ignore and incrementally
seed = 99
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
chars = ["a", "+", "-", "~", "\\", " ", "\n", "\xe9", "\u20ac", "\U0001F600", "!", "A", "/", "0", "\x00"]
for i in range(120):
    s = "".join(chars[rnd(len(chars))] for _ in range(rnd(7)))
    b = s.encode("utf-7")
    print(repr(s), b, b.decode("utf-7") == s)
pool = [b"+", b"-", b"A", b"B", b"a", b"/", b"\x80", b"~", b"x", b"2", b"D", b"8", b"9", b"+-"]
for i in range(120):
    d = b"".join(pool[rnd(len(pool))] for _ in range(rnd(8)))
    out = []
    for err in ("strict", "replace", "ignore"):
        try:
            out.append(repr(d.decode("utf-7", err)))
        except UnicodeDecodeError as e:
            out.append("DE " + str(e.start) + "-" + str(e.end) + " " + e.reason)
    import codecs
    dec = codecs.getincrementaldecoder("utf-7")("replace")
    out.append(repr("".join(dec.decode(d[k:k + 1]) for k in range(len(d))) + dec.decode(b"", final=True)))
    print(d, " | ".join(out))
