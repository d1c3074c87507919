# repr of bytes and bytearray for every byte value and quote combinations
allb = bytes(range(256))
print(repr(allb))
print(repr(bytearray(allb)))
for i in range(0, 256, 16):
    print(i, bytes(range(i, i + 16)), list(bytes(range(i, i + 16))))
for b in [b"", b"'", b'"', b"'\"", b"\\", b"a'b", b'a"b', b"\x00\x7f\x80\xff", b"\t\n\r\x0b\x0c"]:
    print(repr(b), repr(bytearray(b)), str(b), len(b))
print(bytes(5), bytearray(3), bytes([65, 66]), bytes((1, 2)), bytes(range(3)), bytes(b"x"), bytes(bytearray(b"y")), bytes(memoryview(b"z")))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes("h\xe9", "latin-1", "strict"), bytearray("€", "utf-8"))
class B:
    def __bytes__(self):
        return b"custom"
print(bytes(B()), bytes(iter([1, 2, 3])), bytes({7: 0}), bytearray(x for x in b"gen"))
for bad in [lambda: bytes(-1), lambda: bytes([256]), lambda: bytes(["a"]), lambda: bytes("a"), lambda: bytes(1, "utf-8"),
            lambda: bytes(1.5), lambda: bytearray(1.5), lambda: bytes("a", "x", "y", "z"), lambda: bytes(x=1),
            lambda: bytearray([300]), lambda: bytes(b"a", "ascii"), lambda: bytes("a", errors="strict")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class Bad:
    def __bytes__(self):
        return "no"
try:
    bytes(Bad())
except TypeError as e:
    print(e)
print(hash(b"") == 0, hash(b"abc") == hash("abc"), hash(b"\xff") == hash("\xff"), hash(bytes(3)) == hash(b"\x00\x00\x00"))
