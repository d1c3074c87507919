# Rules for codec error handlers: what the builtin handlers accept, builtin handlers registered
# under new names, what UTF encoders accept from a handler, and non-bytes exc.object.
import codecs

for name in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
             "surrogateescape", "surrogatepass"):
    h = codecs.lookup_error(name)
    for bad in (42, UnicodeError("ouch")):
        try:
            h(bad)
        except TypeError as e:
            print(name, "TypeError:", e)
try:
    codecs.strict_errors(42)
except TypeError as e:
    print("strict TypeError:", e)
try:
    codecs.strict_errors(ValueError("x"))
except ValueError as e:
    print("strict re-raises:", repr(e))

for err in ("strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace", "namereplace"):
    codecs.register_error("test." + err, codecs.lookup_error(err))
for s in ("a\xe4\u3042", "x"):
    for enc in ("ascii", "latin-1", "utf-8"):
        for err in ("test.ignore", "test.replace", "test.xmlcharrefreplace", "test.backslashreplace", "test.strict"):
            try:
                print(enc, err, s.encode(enc, err))
            except UnicodeEncodeError as e:
                print(enc, err, "UnicodeEncodeError", e.start, e.end)

def handle(exc):
    if isinstance(exc, UnicodeEncodeError):
        return (repl, exc.end)
    raise TypeError("don't know how to handle %r" % exc)
codecs.register_error("test.replacing", handle)
for enc, repl in [("utf-8", "\U0001f40d"), ("utf-16", "\U0001f40d"), ("utf-32", "\xe9"),
                  ("utf-16-le", b"a"), ("utf-16-be", b"abc"), ("utf-32-le", b"ab"), ("utf-32-be", b"abcde"),
                  ("utf-8", "ok"), ("utf-16-le", b"ab"), ("utf-32-be", b"abcd"), ("latin-1", "\xe9")]:
    try:
        print(enc, repr(repl), "[\udc80]".encode(enc, "test.replacing"))
    except UnicodeEncodeError as e:
        print(enc, repr(repl), "UnicodeEncodeError", e.start, e.end, e.reason)

def replacing(exc):
    exc.object = 42
    return ("\u4242", 0)
codecs.register_error("test.object42", replacing)
def mutating(exc):
    exc.object = b""
    return ("\u4242", 0)
codecs.register_error("test.mutating", mutating)
for enc, data in [("ascii", b"\xff"), ("utf-8", b"\xff"), ("utf-16", b"\xff"), ("utf-32", b"\xff"),
                  ("unicode-escape", b"\\u123g"), ("raw-unicode-escape", b"\\u123g")]:
    try:
        data.decode(enc, "test.object42")
    except TypeError as e:
        print(enc, "TypeError:", e)
    print(enc, ascii(data.decode(enc, "test.mutating")))
