# s += t in loops (strs built by appending share a growing buffer): results, prefixes kept by
# older names, hashing/equality of the built strs, non-ASCII and astral pieces, subclasses.
s = ""
for i in range(20000):
    s += "ab"
print(len(s), s[-3:], s.count("ab"), s == "ab" * 20000, hash(s) == hash("ab" * 20000))

a = "x" * 300
b = a + "y"
c = b + "z"
d = b + "w"      # b is no longer the newest str of its buffer: c must not change
e = c + "q"
f = d + "v"
print(len(c), c[-2:], d[-2:], e[-3:], f[-3:], b[-1], c == b + "z", hash(c) == hash(b + "z"))
print({c: 1, d: 2, e: 3}[b + "z"], sorted([e, c, d, b])[0][-2:])

s = "é" * 300
for ch in ["😀", "a", "ß", "中", "b"]:
    s += ch
print(len(s), ascii(s[-6:]), s.upper()[-7:], s.isprintable(), s[300], s.find("中"))

t = "😀" * 200
for i in range(100):
    t += "a"
    t += "😀"
print(len(t), t.count("😀"), t[250], t[::-1][:3], t.encode("utf-8")[-5:])

parts = []
s = ""
for i in range(1000):
    s += str(i)
    if i % 100 == 0:
        parts.append(s)
print([len(p) for p in parts], parts[3][-5:], s[-10:])

class S(str):
    pass

x = S("a" * 300) + "b"
y = x + "c"
print(type(x).__name__, type(y).__name__, len(y), y[-3:])
acc = S("q" * 300)
acc += "1"
acc += "2"
print(type(acc).__name__, acc[-3:])

z = "q" * 300
z1 = z + "1"
z2 = z1 + "2"
z3 = z1 + "3"
z4 = z2 + "4"
z5 = z4 + "5"
z6 = z3 + "6"
print(z3[-3:], z4[-4:], z2[-3:], z5[-5:], z6[-4:], len(z5), z1 in z6, z6.startswith(z1))

# appending the built string to itself, and building through functions and lists
w = "w" * 260
w = w + "!"
w = w + w
w += w[:3]
print(len(w), w[259:263], w.endswith("ww!www"))
rows = []
line = ""
for i in range(300):
    line += chr(65 + i % 26)
    if len(line) % 97 == 0:
        rows.append(line)
print(len(rows), [r[-3:] for r in rows], line[-5:])
print(repr(("ab" * 200 + "c")[-4:]), ("x" * 255 + "yz")[-3:])
