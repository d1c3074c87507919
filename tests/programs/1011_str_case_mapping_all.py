# upper/lower/casefold/title/swapcase of every code point (in blocks, with neighbours so
# that Final_Sigma, special casings like 'ß' -> 'SS' and astral mappings are included).
import zlib

def check(name, text):
    u, l, c = text.upper(), text.lower(), text.casefold()
    print(name, len(text), len(u), len(l), len(c),
          zlib.crc32(u.encode("utf-32-le")), zlib.crc32(l.encode("utf-32-le")),
          zlib.crc32(c.encode("utf-32-le")))

for start in range(0, 0x30000, 0x2000):
    text = "".join(chr(cp) for cp in range(start, start + 0x2000) if not 0xD800 <= cp <= 0xDFFF)
    check(hex(start), text)

words = ["straße", "ΟΔΟΣ ΟΔΟΣ.", "ΣΑΣ", "Σ", "aΣ b", "ﬁne", "İstanbul", "ǅemal", "𐐀𐐨𐑏", "ŉ", "ΐΰ",
         "ᾳ ᾼ", "Ｆｕｌｌ", "ꭰꮿ", "𞤀𞤢", "mixed ASCII and ü", "\U0001f600smile", "x" * 20 + "ß" * 3]
for w in words:
    print(ascii(w.upper()), ascii(w.lower()), ascii(w.casefold()), ascii(w.title()), ascii(w.swapcase()),
          ascii(w.capitalize()))
big = " ".join(words) * 50
check("big", big)
print(ascii(("Ω" * 300 + "Σ").lower()[-3:]), ascii(("ΑΣ " * 100).lower()[:9]))
