b = b"Hello, World! hello"
print(b.upper(), b.lower(), b.swapcase(), b.title(), b.capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.index(b"World"), b.count(b"l"), b.find(111), b.count(ord("l")))
print(b.startswith(b"Hell"), b.endswith((b"x", b"llo")), b.split(b", "), b.split(), b.rsplit(b"l", 2))
print(b.replace(b"l", b"L"), b.replace(b"l", b"", 2), b.strip(b"Hho"), b"  x ".strip(), b"xxaxx".lstrip(b"x"), b"xxaxx".rstrip(b"x"))
print(b.partition(b", "), b.rpartition(b"l"), b"-".join([b"a", b"b", bytearray(b"c")]), b"a\nb\r\nc".splitlines())
print(b"abc".center(7, b"*"), b"abc".ljust(5), b"abc".rjust(5, b"0"), b"42".zfill(5), b"a\tb".expandtabs(4))
print(b"abc".isalpha(), b"abc1".isalnum(), b"123".isdigit(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"Ab Cd".istitle(), b"\x80".isascii())
print(b"pre_x".removeprefix(b"pre_"), b"x.py".removesuffix(b".py"), b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"abc".translate(None, b"b"))
print(b"%s is %d (%x) %r" % (b"val", 42, 255, b"q"), b"%5.1f|%-4s|" % (3.14159, b"ab"), b"%c%c" % (65, b"B"))
print(b.decode(), b"\xe2\x82\xac".decode("utf-8"), bytes.fromhex("414243"), b"ABC".hex(), b"\x01\x02\x03".hex("-", 1), b"\x01\x02\x03\x04".hex(":", 2))
for bad in (lambda: b"a" + "b", lambda: b"abc".find("a"), lambda: b"%d" % b"x", lambda: bytes.fromhex("4g"), lambda: b"x".join([1])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(b[0], b[-1], b[1:4], b[::-1][:5], list(b[:3]), b * 2 == b + b, b"" * 5)
