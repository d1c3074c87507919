try:
    "aé€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason, str(e))
try:
    b"ab\xffcd\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
try:
    b"\xe2\x82".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.start, e.end, e.reason)
try:
    b"\x80abc".decode("ascii")
except UnicodeDecodeError as e:
    print(str(e))
e = UnicodeDecodeError("utf-8", b"xyz", 1, 2, "custom reason")
print(str(e), e.args)
e = UnicodeEncodeError("latin-1", "x\u1234y", 1, 3, "why")
print(str(e))
try:
    "\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print(str(e))
print(issubclass(UnicodeDecodeError, UnicodeError), UnicodeError.__base__.__name__)
