# f-strings (BUILD_STRING) and %-formatting with non-ASCII, astral and surrogate
# pieces: lengths, widths counted in code points, precision truncation.
parts = ["", "a", "é", "東京", "😀", "\udc80", "x😀y"]  # no lone high surrogate: pairing with a low one is a documented limitation
for p in parts:
    for q in parts:
        s = f"{p}{q}"
        t = f"<{p}|{q}>"
        print(ascii(s), len(s), s.isascii(), ascii(t), len(t))
hi, lo = "\ud83d", "\ude00"
print(len(f"{hi}-{lo}"), ascii(f"{lo}{hi}"), len(f"{lo}{hi}"))
for v in ["ab", "東京", "😀😀😀", "\udc80x", "naïve"]:
    print(ascii("%s|%5s|%-6s|%.1s|%8.2s|" % (v, v, v, v, v)))
    print(ascii(f"{v}|{v:5}|{v:<6}|{v:.1}|{v:>8.2}|{v:^7}|{v!r}|{v!a}"))
print("%s %d %r %a %5d %-4d| %x %c %c" % ("😀", 42, "é", "é", -3, 7, 255, 0x1F600, "東"))
print(f"{1}{2.5}{'x'}{None}{True}" + f"{[1, 'é']}")
n = 0
for i in range(2000):
    n += len(f"{i:04d}-{'é' if i % 3 else '😀'}|{i * 1.5:8.2f}")
print(n)
print(len("%s" % ("😀" * 1000)), ("%s" % ("é" * 3)).isascii(), ("%s" % "abc").isascii())
