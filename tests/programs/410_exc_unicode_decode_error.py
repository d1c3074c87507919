# UnicodeDecodeError: bytes objects, bytes-like arguments and the byte-oriented __str__.
def show(e):
    print(repr(e), "|", str(e), "|", e.encoding, repr(e.object), e.start, e.end, e.reason)

show(UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 3, "invalid start byte"))
show(UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 4, "two bytes"))
show(UnicodeDecodeError("utf-8", b"\x80", 0, 1, "r"))
show(UnicodeDecodeError("utf-8", b"abc", 7, 8, "past the end"))
show(UnicodeDecodeError("utf-8", bytearray(b"\xfe\xff"), 0, 1, "from bytearray"))
m = UnicodeDecodeError("utf-8", memoryview(b"\x01\x02"), 1, 2, "from memoryview")
print(str(m), type(m.object).__name__, m.object, type(m.args[1]).__name__)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "r")
print(type(e.object).__name__, e.__reduce__())
e.object = b"zz\x00"
e.start, e.end = 2, 3
print(str(e))
try:
    b"\xe9t\xe9".decode("utf-8")
except UnicodeDecodeError as err:
    print(err, "|", err.object, err.start, err.end, err.reason)
try:
    b"\xe9".decode("ascii")
except UnicodeDecodeError as err:
    print(err)
try:
    "caf\xe9".encode("ascii")
except UnicodeEncodeError as err:
    print(err, "|", err.encoding, err.object, err.start, err.end, err.reason)
