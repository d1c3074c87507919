# Case mappings of non-ASCII text: full mappings (ß, ligatures), final sigma,
# title case, dotted I, astral letters, surrogates.
samples = ["straße", "STRASSE", "ΟΔΟΣ ΟΔΟΣ.", "ΣΑΣ", "Σ", "aΣ", "aΣb", "Σa", "ΑΣ'Σ", "A\u0345Σ", "ΑΣ\u0301",
           "İstanbul", "ıi", "ǅungla ǆ ǈ", "ﬁne ﬂow", "𝔘𝔫𝔦 𐐀𐐨 𞤀𞤢", "Ünïcödé", "ŉ", "ΐ", "x\udc80y",
           "ῼ ᾳ", "ß" * 3, "ǰ", "Ⅻ ⓐ", "", "abc", "ABC DEF", "ﬃ", "Москва МОСКВА", "日本語",
           "hello world ΣΑΣ σας", "ǲ", "ﬅ", "\U00010428\U00010400"]
for s in samples:
    print(ascii([s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase()]))
    print(" ", s.isupper(), s.islower(), s.istitle(), len(s.upper()), s.upper().isascii(), s.lower() == s.casefold())

acc = []
for cp in list(range(0x80, 0x3000)) + list(range(0xA640, 0xA800)) + list(range(0xFB00, 0xFB10)) + \
        list(range(0xFF21, 0xFF5B)) + list(range(0x10400, 0x10450)) + list(range(0x1E900, 0x1E944)):
    c = chr(cp)
    u, l, f, t = c.upper(), c.lower(), c.casefold(), c.title()
    if u != c or l != c or f != c or t != c:
        acc.append("%X:%s/%s/%s/%s" % (cp, ascii(u), ascii(l), ascii(f), ascii(t)))
print(len(acc))
for i in range(0, len(acc), 40):
    print(" ".join(acc[i:i + 40]))

# final sigma in every context of up to four pieces (case-ignorables, astral cased letters)
import itertools
alpha = ["Σ", "a", "'", "\u0345", "😀", "𐐀", " ", "\u0301", "Α"]
out = []
for n in range(1, 5):
    for t in itertools.product(alpha, repeat=n):
        out.append("".join(t).lower())
print(len(out), sum(len(x) * (i + 1) for i, x in enumerate(out)), "".join(out).count("ς"), ascii(out[-40:]))
