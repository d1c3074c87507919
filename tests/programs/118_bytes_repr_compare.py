print(repr(bytes(range(0, 256, 15))))
print(repr(b"'"), repr(b'"'), repr(b"'\""), repr(b"\\"), repr(b"\t\n\r\x0b\x0c"))
print(b"abc" == b"abc", b"abc" < b"abd", b"ab" < b"abc", b"\xff" > b"\x00", b"a" == "a", b"abc" == bytearray(b"abc"))
print(hash(b"") == hash(b"") , bytes() == b"", bytes(b"x") == b"x", str(b"x"), str(bytearray(b"y")))
print(sorted([b"b", b"a", b"ab", b""]), max(b"hello"), min(b"hello"), sum(b"\x01\x02"))
try:
    b"a" < "a"
except TypeError as e:
    print(type(e).__name__, e)
print(bytes([1, 2]) + bytearray([3]), bytearray([3]) + bytes([1]), type(bytearray() + b"").__name__, type(b"" + bytearray()).__name__)
print(bytes(memoryview(b"mv")), bytes("é", "latin-1"), bytes(iter([104, 105])), bytes(bytearray(b"ba")))
for bad in (lambda: bytes("str"), lambda: bytes([-1]), lambda: bytes(-1), lambda: bytes(1.5), lambda: bytes(["a"])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
