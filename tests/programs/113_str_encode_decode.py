s = "héllo wörld € 😀"
for enc in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "latin-1", "ascii"):
    try:
        b = s.encode(enc)
        print(enc, b, b.decode(enc) == s)
    except UnicodeEncodeError as e:
        print(enc, type(e).__name__, e)
for errors in ("ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"):
    print(errors, s.encode("ascii", errors))
print(s.encode("latin-1", "replace"), "é".encode("utf-8"), "é".encode())
bad = b"abc\xff\xfedef"
for errors in ("ignore", "replace", "backslashreplace", "surrogateescape"):
    print(errors, repr(bad.decode("utf-8", errors)))
try:
    bad.decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e, e.start, e.end, e.reason)
try:
    "x".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
print(b"\xc3\xa9".decode(), bytes("abc", "ascii"), str(b"\xe2\x82\xac", "utf-8"), str(b"abc", encoding="ascii"))
print("\ud800".encode("utf-8", "surrogatepass"), b"\xed\xa0\x80".decode("utf-8", "surrogatepass") == "\ud800")
print(len("😀".encode("utf-16-le")), "😀".encode("utf-16-be"), "A".encode("utf-16"), "A".encode("utf-32"))
print(b"caf\xc3\xa9".decode("latin-1"), "café".encode("cp1252"), b"\x80".decode("cp1252"))
