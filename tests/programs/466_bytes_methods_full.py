# every bytes method, with int and bytes-like arguments
b = b"Hello, World! hello world"
print(b.lower(), b.upper(), b.swapcase(), b.title(), b.capitalize(), b"\xe9abc".upper())
print(b.find(b"o"), b.find(111), b.find(b"o", 5), b.find(b"o", 5, 8), b.rfind(b"l"), b.rfind(108, 0, 5), b.find(b""), b.rfind(b""),
      b.find(bytearray(b"World")), b.find(memoryview(b"d")), b.count(b"l"), b.count(108), b.count(b""), b.count(b"l", 3, -3))
print(b.index(b"W"), b.rindex(b"o"), b.startswith(b"Hell"), b.startswith((b"x", b"He")), b.endswith(b"world"), b.endswith(b"d", 0, 5),
      b.startswith(b"llo", 2), b.endswith((bytearray(b"x"),)))
print(b.split(), b.split(b", "), b.split(b"l", 2), b.rsplit(b"l", 2), b.rsplit(None, 1), b"  a  b  ".split(None, 1), b"  a  b  ".rsplit(maxsplit=1),
      b"a,b,,c".split(b","), b"a\x1cb".split())
print(b"l1\nl2\r\nl3\rl4\x0bl5".splitlines(), b"a\r\nb\n".splitlines(True), b"".splitlines(), b"x".splitlines(keepends=True))
print(b.partition(b" "), b.rpartition(b" "), b.partition(b"#"), b.rpartition(b"#"))
print(b"  x  ".strip(), b"  x  ".lstrip(), b"  x  ".rstrip(), b"xyaxy".strip(b"xy"), b"xyaxy".lstrip(b"x"), b"xyaxy".rstrip(b"y"),
      b"\t\n\x0b\x0c\r x\x1c".strip())
print(b"-".join([b"a", bytearray(b"b"), memoryview(b"c")]), b"".join([]), b", ".join((b"x",)))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"aaa".replace(b"a", b"bb", 0))
print(b"abc".center(8), b"abc".center(8, b"*"), b"ab".center(5, b"-"), b"abc".ljust(6, b"."), b"abc".rjust(6), b"abc".center(2))
print(b"42".zfill(5), b"-42".zfill(5), b"+4".zfill(4), b"".zfill(2), b"a\tbc\td".expandtabs(), b"a\tb".expandtabs(3), b"\ta\nb\t".expandtabs(tabsize=2))
print(b"abc".isalpha(), b"ab1".isalnum(), b"123".isdigit(), b" \t\r\n\x0b\x0c".isspace(), b"\x1c".isspace(), b"abc".islower(),
      b"ABC".isupper(), b"Ab Cd".istitle(), b"ab Cd".istitle(), b"\x80".isascii(), b"".isascii(), b"".isalpha(), b"\xe9".isalpha())
t = bytes.maketrans(b"abc", b"xyz")
print(len(t), t[97:100], b"abcdef".translate(t), b"abcdef".translate(t, b"de"), b"abcdef".translate(None, b"ace"), b"abc".translate(None, delete=b"b"))
print(b"pre_body".removeprefix(b"pre_"), b"body".removeprefix(b"x"), b"f.py".removesuffix(b".py"), b"x".removesuffix(b""))
print(b"\x00\x01\xfe\xff".hex(), b"abcdef".hex("-"), b"abcdef".hex(":", 2), b"abcdef".hex(":", -2), b"abcde".hex(b" ", 2), b"abcde".hex("_", -4), b"".hex(","))
print(bytes.fromhex("41 42  43"), bytes.fromhex(""), bytearray.fromhex("ff00"), bytes.fromhex("aBcD"))
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b"\xff".decode("latin-1"), b"abc".decode(encoding="ascii"), b"\xff".decode("ascii", "replace"))
print(b[0], b[-1], b[1:4], b[::-2], b[100:], list(b[:3]), b * 2 == b + b, b"" * 5, 3 * b"ab", b"ab" + bytearray(b"cd"), b"a" + memoryview(b"b"))
print(b"ab" < b"abc", b"b" > b"abc", b"ab" == bytearray(b"ab"), b"ab" != b"ab", b"a" <= b"a", b"ab" == "ab", b"" < b"\x00")
print(111 in b, b"World" in b, b"" in b, bytearray(b"lo") in b, 256 in b"a" if False else "skip")
print(b.__getnewargs__(), b"abc".__bytes__(), list(iter(b"xyz")), len(b), sorted(b"cab"), max(b"abc"))
for bad in [lambda: b"a" + "b", lambda: b"a" + 1, lambda: b"a" * "a", lambda: b"abc".find("a"), lambda: b"abc".find([]),
            lambda: b"abc".find(300), lambda: b"ab".split("a"), lambda: b"ab".strip("a"), lambda: b"a".join([1]),
            lambda: b"a".center(5, "x"), lambda: b"a".center(5, b"xy"), lambda: b"a".translate(b"ab"),
            lambda: bytes.maketrans(b"a", b"bc"), lambda: b"a".hex("::"), lambda: b"a".startswith("a"),
            lambda: b"a".startswith(["a"]), lambda: b"a".replace("a", b"b"), lambda: b"a" < "a", lambda: bytes.fromhex("4"),
            lambda: bytes.fromhex("41 4"), lambda: bytes.fromhex("zz"), lambda: b"a".partition(b""), lambda: b"a".split(b""),
            lambda: b"a"[5], lambda: b"a"[str(1)], lambda: b"a".index(b"b"), lambda: b"a".removeprefix("a"), lambda: "a" in b"a",
            lambda: b"a".expandtabs("a"), lambda: b"a".hex(1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
