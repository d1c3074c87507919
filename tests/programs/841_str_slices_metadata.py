# Pieces of strings (split, partition, strip, slices, replace, title...) keep exact len, hash,
# isascii, ordering and identity rules for ASCII, Latin-1, BMP and astral text.
texts = ["  hello world  ", "caf\u00e9 au lait", "\u4e2d\u6587 \u5b57\u7b26", "a\U0001F600b c\U00010348d",
         "x\u00ffy\u0100z", "", " ", "\ud800 lone \udfff"]
for t in texts:
    parts = t.split()
    print(len(parts), [len(p) for p in parts], [p.isascii() for p in parts],
          [hash(p) == hash(p.encode("utf-8", "surrogatepass").decode("utf-8", "surrogatepass")) for p in parts])
    print(t.partition(" ")[0] == t[:t.find(" ")] if " " in t else t.partition(" "))
    print(len(t.strip()), t.strip().isascii(), [ord(c) for c in t.strip()][:6])
    print(ascii(t.rsplit(" ", 1)), ascii(t.split(" ", 1)), ascii(t.splitlines()))
    for a, b in ((0, 3), (1, -1), (2, 5)):
        s = t[a:b]
        print(repr(s), len(s), s.isascii(), s == "".join(list(s)), ord(max(s)) if s else None)

d = {}
for w in "caf\u00e9 caf\u00e9 tea tea tea \U0001F600 \U0001F600".split():
    d[w] = d.get(w, 0) + 1
print(sorted(d.items()))
print({"caf\u00e9 x".split()[0]: 1} == {"caf\u00e9": 1}, "ab c".split()[0] in {"ab"})

# startswith/endswith: lone surrogates do not match half of an astral character
s = "\U0001F600abc"
print(s.startswith("\ud83d"), s.endswith("abc"), s.startswith(("x", "\U0001F600")), s.startswith("a", 1))
print("abc".startswith(""), "abc".endswith(""), "".startswith(""), "abc".startswith("abcd"))
print("abcabc".find("c"), "abcabc".find("ca"), "abcabc".find(""), "\U0001F600ac".find("c"), "abc".find("z"))
print("aaaa".count("a"), "aaaa".count("aa"), "a\U0001F600a\U0001F600".count("\U0001F600"), "abcb".count("b", 2))

# replace keeps or drops non-ASCII text exactly
r = "caf\u00e9".replace("\u00e9", "e")
print(r, r.isascii(), len(r), hash(r) == hash("cafe"))
r = "cafe".replace("e", "\u00e9")
print(r, r.isascii(), len(r), hash(r) == hash("caf\u00e9"))
x = "unchanged"
print(x.replace("q", "z") is x, x.replace("q", "z") == x)
class S(str): pass
print(type(S("ab").replace("q", "z")).__name__, type(S("a b").split()[0]).__name__, type(S("ab").partition("x")[0]).__name__)
print(type(S("ab").strip()).__name__, type(S("ab")[0:2]).__name__, type(S("ab") + "c").__name__, type("c" + S("ab")).__name__)

# case mapping of ASCII and non-ASCII
for t in ["hello wORLD 42x", "/api/users/42/edit", "", "a", "\u00dfx \u01c6", "they're bill's", "h3llo W0rld"]:
    print(t.title(), t.capitalize(), t.swapcase(), t.upper(), t.lower())

print(("x" * 3 + "\u00e9").isascii(), ("x" + "y").isascii(), len("\U0001F600" + "\U0001F600"))
