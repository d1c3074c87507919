# builtin error handlers on encode and decode, exception attributes, custom handlers
import codecs
s = "h\xe9llo \u20ac \U0001F600 \udc80"
for errors in ["ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"]:
    print(errors, s.encode("ascii", errors), s.encode("latin-1", errors))
print(s.encode("utf-8", "surrogateescape"), s.encode("utf-8", "surrogatepass"), s.encode("utf-8", "replace"), s.encode("utf-8", "ignore"))
print("\ud800".encode("utf-16-le", "surrogatepass"), "\ud800".encode("utf-32-be", "surrogatepass"), "\udcff".encode("latin-1", "surrogateescape"))
bad = b"abc\xff\xfe\xc3def\xed\xa0\x80\xe2\x82"
for errors in ["ignore", "replace", "backslashreplace", "surrogateescape"]:
    print(errors, repr(bad.decode("utf-8", errors)), repr(bad.decode("ascii", errors)))
print(repr(b"\xed\xa0\x80".decode("utf-8", "surrogatepass")), repr(b"a\xff".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")))
cases = [b"\xff", b"\xc3", b"\xc3(", b"\xe2\x82", b"\xe2(\xa1", b"\xf0\x90\x80", b"\xf0\x28\x8c\x28", b"\xed\xa0\x80", b"\xc0\xaf",
         b"\xf5\x80\x80\x80", b"\xf4\x90\x80\x80", b"\xe0\x80\x80", b"a\x80b"]
for c in cases:
    try:
        c.decode("utf-8")
    except UnicodeDecodeError as e:
        print(c, e.encoding, e.object, e.start, e.end, e.reason)
        print("   ", e)
for text, enc in [("a\xe9b", "ascii"), ("\u20ac\u20acx", "latin-1"), ("a\udc80\udc81b", "utf-8"), ("\ud800", "utf-16"), ("\U0001F600", "ascii")]:
    try:
        text.encode(enc)
    except UnicodeEncodeError as e:
        print(enc, e.encoding, repr(e.object), e.start, e.end, e.reason)
        print("   ", e)
for data, enc in [(b"a\x00b", "utf-16-le"), (b"\x00\xdc", "utf-16-le"), (b"\x00\xd8a\x00", "utf-16-le"), (b"\x00\x00\x11\x00", "utf-32-le"), (b"ab", "utf-32"), (b"\x80", "ascii")]:
    try:
        print(data.decode(enc))
    except UnicodeDecodeError as e:
        print(enc, e.start, e.end, e.reason)
def positions(e):
    return ("<" + str(e.start) + "-" + str(e.end) + ">", e.end)
codecs.register_error("test.positions", positions)
print("a\xe9\xe9b\u20ac".encode("ascii", "test.positions"), b"a\xff\xfeb".decode("utf-8", "test.positions"), b"\x80x".decode("ascii", "test.positions"))
def skip_two(e):
    return ("", e.start + 2)
codecs.register_error("test.skip", skip_two)
print("\xe9abc".encode("ascii", "test.skip"), b"\xffabc".decode("utf-8", "test.skip"))
def to_bytes(e):
    return (b"??", e.end)
codecs.register_error("test.bytes", to_bytes)
print("x\xe9y".encode("latin-1" if False else "ascii", "test.bytes"))
def back(e):
    return ("", -1)
codecs.register_error("test.back", back)
print("\xe9bc".encode("ascii", "test.back"))
def bad_result(e):
    return 1
codecs.register_error("test.bad", bad_result)
for f in [lambda: "\xe9".encode("ascii", "test.bad"), lambda: b"\xff".decode("utf-8", "test.bad"), lambda: "\xe9".encode("ascii", "nope"),
          lambda: codecs.lookup_error("nope"), lambda: codecs.register_error("x", 1)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(codecs.lookup_error("strict"), codecs.lookup_error("ignore"), codecs.lookup_error("test.positions") is positions)
e = UnicodeEncodeError("ascii", "a\xe9\u20acb", 1, 3, "nope")
print(codecs.lookup_error("replace")(e), codecs.lookup_error("backslashreplace")(e), codecs.lookup_error("xmlcharrefreplace")(e),
      codecs.lookup_error("namereplace")(e), codecs.lookup_error("ignore")(e))
d = UnicodeDecodeError("utf-8", b"a\xff\xfeb", 1, 3, "nope")
print(codecs.lookup_error("replace")(d), codecs.lookup_error("backslashreplace")(d), codecs.lookup_error("surrogateescape")(d))
try:
    codecs.lookup_error("strict")(e)
except UnicodeEncodeError as x:
    print("strict raised", x.reason)
