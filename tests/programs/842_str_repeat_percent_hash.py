# str * n keeps exact metadata, %d/%s padding with surrogate-free and astral text, str hashes
# equal across construction paths, iteration over ASCII/BMP/astral strings.
for unit, n in (("ab", 3), ("\u00e9", 4), ("\u4e2d-", 2), ("\U0001F600", 3), ("x", 0), ("", 5), ("q", 1), ("-", 40)):
    r = unit * n
    print(ascii(r), len(r), r.isascii(), hash(r) == hash("".join([unit] * n)), r == "".join([unit] * n))

print("%05d|%-5d|%+d|% d|%5d|%d|%i|%u" % (42, -7, 3, 4, -12, 2**70, -(2**65), 9))
print("%02d:%02d %3d%% %-3d|" % (5, 7, 100, 1))
print("%x %X %o %#x %#o %.3d %5.3d" % (255, 255, 8, 255, 8, 7, 7))
print("%5s|%-5s|%.2s|%5.1s|" % ("\U0001F600b", "\u00e9", "\U0001F600\U0001F601x", "abc"))
print("%s %r %a" % ("caf\u00e9", "caf\u00e9", "caf\u00e9"))
print("%(a)s-%(b)05d" % {"a": "x", "b": 42})
print("%d %d" % (True, False), "%5d" % 3.9, "%.1f" % 2.25)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError", e)

# hashes: ASCII, Latin-1, BMP and astral strs built by literal, join, slicing and decoding
for t in ["hello", "caf\u00e9", "\u4e2d\u6587", "a\U0001F600", "\x7f\x80", ""]:
    built = "".join(list(t))
    sliced = ("#" + t + "#")[1:-1]
    decoded = t.encode("utf-8").decode("utf-8")
    print(ascii(t), hash(t) == hash(built) == hash(sliced) == hash(decoded), {t: 1}.get(sliced), len({t, built, sliced, decoded}))

for t in ["abc", "\u00e9t\u00e9", "\u4e2d\u6587", "x\U0001F600y\U00010000"]:
    print([hex(ord(c)) for c in t], [hex(ord(c)) for c in reversed(t)], list(iter(t)) == [t[i] for i in range(len(t))])
