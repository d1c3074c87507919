for c in ["a", "é", "ß", "€", "😀", "\u0301", "\x00", "\x7f", "\xa0", "\u2028", "\ud83d", "Ω", "\U000e0001", "\u200d", "㐀"]:
    print(ascii(c), repr(c) if c.isprintable() else "nonprintable", ord(c), c.isprintable(), len(c), c.upper() == c)
print(chr(65), chr(0x10FFFF) == "\U0010ffff", chr(0x1F600))
for bad in (-1, 0x110000):
    try:
        chr(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    ord("ab")
except TypeError as e:
    print(type(e).__name__, e)
try:
    ord("")
except TypeError as e:
    print(type(e).__name__, e)
print(sorted("zaÄäA€"), "ä" > "z", max("日本語"), "a\u0301" == "á", len("a\u0301"))
print(repr("\x1b[0m"), repr("\r\n"), repr("\u0085"), repr("\ufeff"), repr("\U0001f1fa\U0001f1f8"))
