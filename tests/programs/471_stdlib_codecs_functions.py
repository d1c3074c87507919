# the _codecs functions behind the encodings package, incremental decoding and codecs helpers
import codecs
import _codecs
print(_codecs.utf_8_encode("h\xe9\U0001F600"), _codecs.utf_8_decode(b"h\xc3\xa9\xe2\x82"), _codecs.utf_8_decode(b"h\xc3\xa9\xe2\x82", "strict", True) if False else "skip")
print(_codecs.utf_8_decode(b"ab\xff", "replace", True), _codecs.utf_8_decode(b"\xf0\x9f", None, False), _codecs.utf_8_decode(memoryview(b"mv")))
print(_codecs.utf_16_encode("ab"), _codecs.utf_16_le_encode("ab"), _codecs.utf_16_be_encode("ab"), _codecs.utf_16_encode("a", None, 1))
print(_codecs.utf_16_decode(b"\xff\xfea\x00b"), _codecs.utf_16_le_decode(b"a\x00b\x00"), _codecs.utf_16_be_decode(b"\x00a"), _codecs.utf_16_ex_decode(b"\xfe\xff\x00a", None, 0, True))
print(_codecs.utf_32_encode("a"), _codecs.utf_32_le_decode(b"a\x00\x00\x00b"), _codecs.utf_32_ex_decode(b"\xff\xfe\x00\x00a\x00\x00\x00", None, 0, True))
print(_codecs.latin_1_encode("\xff"), _codecs.latin_1_decode(b"\xff\x00"), _codecs.ascii_encode("abc"), _codecs.ascii_decode(b"abc"), _codecs.ascii_decode(b"a\x80", "replace"))
print(_codecs.charmap_decode(b"\x00\x01\x02", "strict", "xyz"), _codecs.charmap_decode(b"\x00\x01", "replace", "x\ufffe"), _codecs.charmap_decode(b"ab", None, None))
m = _codecs.charmap_build("abc")
print(type(m).__name__, _codecs.charmap_encode("cab", "strict", m), _codecs.charmap_encode("ax", "ignore", m), _codecs.charmap_encode("ab", "strict", {97: 1, 98: b"BB"}))
try:
    _codecs.charmap_encode("ax", "replace", m)
except UnicodeEncodeError as e:
    print("UnicodeEncodeError", e.start, e.end, e.reason)
print(_codecs.unicode_escape_encode("a\n\t\\'\"\xe9\u20ac\U0001F600\x7f"), _codecs.unicode_escape_decode(b"a\\n\\t\\\\\\'\\x41\\u20ac\\U0001F600\\101\\N{EURO SIGN}"))
print(_codecs.raw_unicode_escape_encode("a\\\xe9\u20ac\U0001F600"), _codecs.raw_unicode_escape_decode(b"a\\u20ac\\\\u20ac\\x41\\U0001F600"))
print(_codecs.escape_encode(b"a\n'\"\\\x00\xff"), _codecs.escape_decode(b"a\\n\\x41\\101\\'"), _codecs.escape_decode("text\\t"))
print(_codecs.unicode_escape_decode("str input \\u0041"), _codecs.readbuffer_encode(b"raw"), _codecs.readbuffer_encode("txt"))
for bad in [lambda: b"\\x4".decode("unicode_escape"), lambda: b"\\u12".decode("unicode_escape"), lambda: b"\\U0011ffff".decode("unicode_escape"),
            lambda: b"\\N{NOPE}".decode("unicode_escape"), lambda: b"abc\\".decode("unicode_escape"), lambda: b"\\N".decode("unicode_escape"),
            lambda: b"\\u12".decode("raw_unicode_escape"), lambda: _codecs.escape_decode(b"\\x4"), lambda: _codecs.utf_8_decode("str"),
            lambda: _codecs.utf_8_encode(b"bytes"), lambda: _codecs.lookup("no-such-thing"), lambda: _codecs.charmap_decode(b"\x05", "strict", "ab")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(b"\\x41\\t".decode("unicode_escape", "strict"), b"\\x4".decode("unicode_escape", "replace"), b"\\u12".decode("unicode_escape", "ignore"),
      "\u20ac\n".encode("unicode_escape"), "\u20ac\n".encode("raw_unicode_escape"), b"\\u20ac".decode("raw_unicode_escape"))
info = codecs.lookup("UTF-8")
print(info.name, info.encode("\xe9"), info.decode(b"\xc3\xa9"), codecs.lookup("latin_1").name, codecs.lookup("utf_16_le").name, codecs.lookup("cp1252").name)
dec = codecs.getincrementaldecoder("utf-8")()
print([dec.decode(bytes([b])) for b in "\u20ac\U0001F600x".encode()], dec.decode(b"", final=True))
enc = codecs.getincrementalencoder("utf-16")()
print(enc.encode("a"), enc.encode("b"), enc.encode("", final=True))
d16 = codecs.getincrementaldecoder("utf-16")()
print([d16.decode(b) for b in [b"\xff", b"\xfe", b"a", b"\x00", b"=\xd8", b"\x00\xde"]])
print(codecs.encode("abc", "utf-16-le"), codecs.decode(b"a\x00", "utf-16-le"), codecs.encode("x", encoding="ascii"), codecs.decode(b"\xff", "latin-1"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.utf_8_decode(b"ok"), codecs.latin_1_encode("ok"))
def search(name):
    if name == "test_rot":
        return codecs.CodecInfo(lambda s, errors="strict": (s.upper().encode(), len(s)), lambda b, errors="strict": (bytes(b).decode().lower(), len(b)), name="test_rot")
    return None
codecs.register(search)
print("abc".encode("test_rot"), b"XYZ".decode("test_rot"), codecs.lookup("TEST_ROT").name, codecs.lookup("test rot").name if False else "skip")
codecs.unregister(search)
try:
    "a".encode("test_rot")
except LookupError as e:
    print("LookupError", e)
