# One-character strs (cached for the BMP), iteration and indexing of non-ASCII,
# astral and surrogate text, reversed slices.
texts = ["", "a", "abc", "héllo", "Ελλάδα", "東京😀x", "😀", "a😀b😀c", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
         "x\udc80y", "\ud800", "\U0010ffff\x00\xff\u0100"]

for t in texts:
    chars = [c for c in t]
    print(ascii(t), len(t), ascii(chars), [len(c) for c in chars])
    print("  idx", ascii([t[i] for i in range(len(t))]), ascii([t[-i - 1] for i in range(len(t))]))
    print("  rev", ascii(t[::-1]), len(t[::-1]), t[::-1][::-1] == t)
    print("  parts", ascii(t[len(t) - 1:0:-1]), ascii(t[-2::-1]), ascii(t[:1:-1]), ascii(t[::-2]))
    print("  iter", ascii("".join(reversed(t))), ascii(list(iter(t))[1:3]))

# identity does not matter but equality and hashing do
a = chr(0x6771)
b = "東"
print(a == b, hash(a) == hash(b), {a: 1}[b], ord(a))
d = {}
for ch in "東京東京😀😀αβα\udc80\udc80":
    d[ch] = d.get(ch, 0) + 1
print(ascii(sorted(d.items())))
print([ord(c) for c in chr(0xFFFF) + chr(0x10000) + chr(0xD7FF) + chr(0xE000)])
print(ascii(chr(0xDC80)), len(chr(0xDC80)), chr(0xDC80).isprintable())

# (a lone low surrogate before a lone high one is not reversed here: Taipan pairs them, a documented limitation)
# iterator state (pickle protocol) over astral text
it = iter("a😀b€c")
next(it); next(it)
print(ascii(it.__reduce__()[1:]))
it.__setstate__(1)
print(ascii(list(it)))
it = iter("😀😀x")
it.__setstate__(2)
print(ascii(next(it)))
it.__setstate__(-5)
print(ascii(list(it)))
print(ascii(list(iter("x😀"))[::-1]))
# isascii/len metadata of reversed parts
for t in ["abcé", "é" + "abc", "😀abc", "ab\U0001F600"]:
    r = t[::-1]
    print(ascii(r), r.isascii(), r[1:].isascii(), r[:-1].isascii(), len(r), r.__sizeof__() - t.__sizeof__())
