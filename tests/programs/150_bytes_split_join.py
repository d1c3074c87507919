data = b"alpha beta  gamma\tdelta\nepsilon"
print(data.split(), data.split(b" "), data.split(maxsplit=2), data.rsplit(maxsplit=1))
print(b",".join([b"a", b"b"]), b"".join([bytearray(b"x"), memoryview(b"y")]), bytearray(b"-").join([b"1", b"2"]))
print(b"a,b,c".split(b",", 1), b"a,b,c".rsplit(b",", 1), b"".split(), b"".split(b","), b"x\r\ny\rz\n".splitlines(keepends=True))
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"none".partition(b"="))
try:
    b"abc".split(b"")
except ValueError as e:
    print(type(e).__name__, e)
print(bytes(5).split(b"\x00"), b"a\x00b".split(b"\x00"), b"\xff\xfe".split(b"\xfe"))
