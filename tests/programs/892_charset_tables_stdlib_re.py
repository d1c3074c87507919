# Character sets, tested on every character below 256 and a few beyond: IN with ranges, categories,
# negation, big charsets, IGNORECASE (ASCII, Unicode, locale for bytes), and sets as repeat items.
import re

def members(p, flags=0, limit=256):
    c = re.compile(p, flags)
    return "".join("1" if c.fullmatch(chr(i)) else "0" for i in range(limit))

for p in [r"[a-z]", r"[^a-z]", r"[\d]", r"[\w.-]", r"[^\W\d_]", r"[\s,;]", r"[\x00-\x1f\x7f-\x9f]",
          r"[^\x80-\xff]", r"[éàü]", r"[A-Za-z0-9_]", r"[\S]", r"[\D\s]", r"[Ā-ſ]"]:
    print(p, members(p))
    print(p, "i", members(p, re.I))
    print(p, "a", members(p, re.A | re.I))
for p in [rb"[a-z]", rb"[\w]", rb"[^\s]", rb"[\x80-\xff]"]:
    c = re.compile(p, re.L | re.I) if p != rb"[\x80-\xff]" else re.compile(p)
    print(p, "".join("1" if c.fullmatch(bytes([i])) else "0" for i in range(256)))
# beyond 256: the set's code still decides
for p in [r"[\w]", r"[^a-z]", r"(?i)[a-zſK]", r"[Ā-ſ\u0400-\u04ff]", r"[^\d]"]:
    c = re.compile(p)
    print(p, [hex(cp) for cp in (0x100, 0x17f, 0x212a, 0x410, 0x660, 0x4e00, 0x1f600) if c.fullmatch(chr(cp))])
# sets as repeat items and repeat tails
s = "abc123DEF_gh.ij-kl éü 4"
for p in [r"[a-z]+", r"[a-z]*\d", r"[\w.]+?[-_]", r"[^\d]{2,}", r"(?i)[a-z]+[ü]", r"\w+\s[é]"]:
    print(p, re.findall(p, s))
