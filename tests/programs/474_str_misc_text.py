# str constructor with encoding, __getnewargs__, isidentifier, encode defaults, len/indices of astral text
print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"\xff", "utf-8", "replace"), str(b"\xff", errors="ignore"), str(object=b"x", encoding="ascii"))
print(repr(str()), str(object="kw"), str(b"bytes repr"), str(bytearray(b"ba")), "abc".__getnewargs__())
for bad in [lambda: str(b"\xff", "ascii"), lambda: str("x", encoding="utf-8"), lambda: str(5, "utf-8"), lambda: str(b"", "nope"),
            lambda: str(b"x", 1), lambda: str(b"x", "utf-8", "strict", 4), lambda: str(bad=1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
for s in ["abc", "_x1", "1x", "", "é", "x-y", "a b", "ℕ", "x\u0300", "\u0300x", "℘", "async", "ﬁ"]:
    print(repr(s), s.isidentifier())
t = "a\U0001F600b\u00e9\U00010348c"
print(len(t), t[1], t[2], t[-2], t[1:4], t[::2], t[::-1], t.encode("utf-8"), len(t.encode("utf-16-le")), t.upper(), t.center(9, "*"))
print([c for c in t], list(map(ord, t)), t.index("\U00010348"), t.split("\u00e9"), t.partition("b"), t.replace("\U0001F600", "-"))
print("x".encode(), "\u20ac".encode("utf-8"), "\u20ac".encode(errors="strict"), "abc".encode("ascii"))
big = "ab" * 1000
print(len(big.split("b")), big.count("ab"), big.find("ba", 1000), big.rfind("ab"), len(big.replace("a", "xyz")), big[:6].upper())
print(sorted("hello world".split(), key=str.lower), max("abc", key=ord), "".join(reversed("stressed")))
print("%".join(["a", "b"]), "{}".join("xy"), " ".join(["a", "", "b"]), "".join(("q",) * 3))
