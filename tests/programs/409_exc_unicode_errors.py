# UnicodeEncodeError and UnicodeTranslateError: arguments, attributes and the exact __str__ forms.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as err:
        print(label, type(err).__name__, err)

def show(e):
    print(type(e).__name__, repr(e), "|", str(e), "|", e.encoding, repr(e.object), e.start, e.end, e.reason)

show(UnicodeEncodeError("ascii", "a\xe9b", 1, 2, "ordinal not in range(128)"))
show(UnicodeEncodeError("ascii", "a\u20acb", 1, 2, "r"))
show(UnicodeEncodeError("ascii", "a\U0001f600b", 1, 2, "r"))
show(UnicodeEncodeError("latin-1", "abcdef", 1, 4, "several"))
show(UnicodeEncodeError("x", "abc", 5, 6, "past the end"))
show(UnicodeEncodeError("x", "abc", 2, 1, "backwards"))
show(UnicodeEncodeError("x", "", 0, 0, "empty"))
show(UnicodeTranslateError("a\xe9b", 1, 2, "no mapping"))
show(UnicodeTranslateError("a\u1234b", 1, 2, "r"))
show(UnicodeTranslateError("abcd", 0, 3, "r"))

attempt("encode 0 args", lambda: UnicodeEncodeError())
attempt("encode 4 args", lambda: UnicodeEncodeError("a", "b", 1, 2))
attempt("encode bad encoding", lambda: UnicodeEncodeError(1, "b", 1, 2, "r"))
attempt("encode bad object", lambda: UnicodeEncodeError("a", 1, 1, 2, "r"))
attempt("encode bad start", lambda: UnicodeEncodeError("a", "b", "1", 2, "r"))
attempt("encode bad reason", lambda: UnicodeEncodeError("a", "b", 1, 2, None))
attempt("encode kw", lambda: UnicodeEncodeError("a", "b", 1, 2, "r", x=1))
attempt("translate 5 args", lambda: UnicodeTranslateError("enc", "b", 1, 2, "r"))
attempt("translate bad object", lambda: UnicodeTranslateError(1, 1, 2, "r"))
attempt("decode 0 args", lambda: UnicodeDecodeError())
attempt("decode str object", lambda: UnicodeDecodeError("utf-8", "text", 0, 1, "r"))
attempt("decode bad encoding", lambda: UnicodeDecodeError(1, "text", 0, 1, "r"))
attempt("unicode error base", lambda: str(UnicodeError("plain", 1)))

e = UnicodeEncodeError("ascii", "xyz", 0, 1, "r")
e.start = 1
e.end = 3
e.reason = "changed"
e.encoding = "enc2"
print(str(e), e.args)
e.start = True
print(e.start, type(e.start).__name__)
attempt("start='x'", lambda: setattr(e, "start", "x"))
attempt("del start", lambda: delattr(e, "start"))
attempt("del end", lambda: delattr(e, "end"))
e.object = "\u0101"
e.start, e.end = 0, 1
print(str(e))
e.reason = 5
print(str(e))
e.object = None
print(repr(str(e)))
t = UnicodeTranslateError("ab", 0, 1, "r")
print(repr(t.encoding))
print(issubclass(UnicodeEncodeError, UnicodeError), issubclass(UnicodeError, ValueError))
