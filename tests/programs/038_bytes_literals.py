b = b"hello\x00\xff\n"
print(b, len(b), b[0], b[-1], b[1:3])
print(b'quote\'s', b"dq\"", b'\\')
print(bytes(3), bytes([65, 66, 67]), bytes("é", "utf-8"))
print(repr(b"\t\r\n\x7f\x80"), b"abc" + b"def", b"ab" * 3)
print(list(b"AZ"), b"a" in b"cat", 97 in b"cat")
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"\xde\xad".hex(":"))
print(rb"\x00", br"\n")
