# encode/decode round trips of text with non-ASCII, astral characters and lone
# surrogates through the UTF-8/16/32 and Latin-1 codecs and their error handlers.
texts = ["", "abc", "héllo wörld", "東京😀x", "a\udc80b", "😀", "\ud83d", "x\U0001F600y\ude00", "\udfff\ud800",
         "ÿ\x00\x7f\x80", "\U0010ffff", "Ελλάδα · 中文字符。"]
encodings = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1", "ascii"]
for t in texts:
    for enc in encodings:
        row = []
        for err in ["strict", "surrogatepass", "replace", "backslashreplace", "ignore"]:
            try:
                b = t.encode(enc, err)
            except UnicodeError as e:
                row.append("%s(%d,%d)" % (type(e).__name__, e.start, e.end))
                continue
            except LookupError as e:
                row.append("LookupError")
                continue
            try:
                back = b.decode(enc, "surrogatepass" if err == "surrogatepass" and enc.startswith("utf") else "strict")
                row.append(b.hex() + ("=" if back == t else "~"))
            except UnicodeError as e:
                row.append(b.hex() + "!" + type(e).__name__)
        print(ascii(t), enc, " ".join(row))

big = "Ελλάδα 😀 東京 naïve " * 50
for enc in ["utf-8", "utf-16", "utf-16-be", "utf-32", "utf-32-be"]:
    b = big.encode(enc)
    print(enc, len(b), b[:12].hex(), b.decode(enc) == big, len(b.decode(enc)))
print(len("😀".encode("utf-16")), "😀".encode("utf-16-le").hex(), "😀".encode("utf-32").hex())
print(str(b"\xff\xfe=\xd8\x00\xde", "utf-16"), ascii(b"\x00\xd8".decode("utf-16-le", "replace")))
