for v in ["plain", "é", "日本", "😀", "\n\t", "'", '"', "'\"", "\\", "\x00\x1f\x7f", "\u2028", "\ud800", b"bytes\xff", ["é", 1], {"ü": "ö"}, ("ß",), 1.5, None]:
    print(repr(v), ascii(v))
class R:
    def __repr__(self):
        return "R<é>"
print(repr(R()), ascii(R()), ascii([R()]), str(R()))
print(repr("a" * 3), repr(""), repr(str("x")), repr(123), repr(-1.0), repr(2 ** 80), repr([]), repr({}), repr(set()))
print(repr(print), repr(len), repr(int), repr(str.upper), repr(int.__add__)[:30], type(repr).__name__)
