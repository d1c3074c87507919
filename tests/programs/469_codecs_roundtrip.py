# str.encode / bytes.decode round trips over the native codecs, BOMs, and names/aliases
s = "h\xe9llo w\xf6rld \u20ac \U0001F600 \x00\x7f\x80\uffff"
for enc in ["utf-8", "UTF8", "utf_8", "U8", "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf_32_le", "utf-32-be", "utf16", "utf32"]:
    b = s.encode(enc)
    print(enc, b, b.decode(enc) == s, str(b, enc) == s)
for enc in ["latin-1", "latin1", "iso-8859-1", "ISO8859-1", "l1", "ascii", "us-ascii", "646"]:
    t = "".join(map(chr, range(0, 128 if "a" in enc.lower() or enc == "646" else 256)))
    b = t.encode(enc)
    print(enc, len(b), b[-5:], b.decode(enc) == t)
print(bytes(range(256)).decode("latin-1") == "".join(map(chr, range(256))))
print(b"\xff\xfea\x00".decode("utf-16"), b"\xfe\xff\x00a".decode("utf-16"), b"a\x00".decode("utf-16"), b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32"))
print("".encode("utf-16"), "".encode("utf-32"), "a".encode("utf-16-be"), "\U00010000".encode("utf-16-le"), "\U00010000".encode("utf-32-be"))
for text in ["", "a", "\u0800", "\U0010ffff", "\ud7ff\ue000", "\x80\u07ff"]:
    print(repr(text), text.encode(), text.encode("utf-16-le"), text.encode("utf-8").decode() == text)
print("abc".encode(encoding="ascii", errors="strict"), "x".encode(), b"x".decode(), "caf\xe9".encode("utf-8").decode("latin-1"))
for enc in ["cp1252", "cp437", "iso8859-15", "mac-roman", "koi8-r", "cp850"]:
    t = "Aé€" if enc in ("cp1252", "iso8859-15") else "Aé"
    try:
        b = t.encode(enc)
        print(enc, b, b.decode(enc) == t)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e.start, e.end)
print(b"\x80\x81\x9f".decode("cp1252", "replace"), b"\x80".decode("cp437"), b"\xa4".decode("iso8859-15"))
for bad in [lambda: "x".encode("no-such-codec"), lambda: b"x".decode("no-such-codec"), lambda: "x".encode(1),
            lambda: b"x".decode(None), lambda: str(b"x", "nope"), lambda: str(1, "ascii"), lambda: str("a", "ascii"),
            lambda: "x".encode("utf-8", 5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(str(b"abc", "ascii"), str(bytearray(b"ab"), "utf-8"), str(memoryview(b"mv"), encoding="utf-8"), str(b"\xff", errors="replace"), str(encoding="ascii"))
