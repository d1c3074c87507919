# sys.excepthook prints exceptions as an uncaught one would: notes, SyntaxError details, odd __str__.
import sys

def hook(e):
    sys.excepthook(type(e), e, e.__traceback__)
    sys.stderr.flush()

hook(SyntaxError("no location"))
hook(SyntaxError("only file", ("f.py", None, None, None)))
hook(SyntaxError("offset past the end", ("f.py", 2, 40, "short\n")))
hook(SyntaxError("tab text", ("f.py", 1, 3, "\tab = 1\n", 1, 5)))
hook(IndentationError("unexpected indent", ("m.py", 3, 5, "    x = 1\n", 3, 6)))
hook(SyntaxError("range", ("g.py", 7, 3, "a = 1 +* 2\n", 7, 8)))
hook(SyntaxError("", ("g.py", 7, 3, "abc\n")))
e = SyntaxError("m", ("f.py", 1, 2, "x y\n"))
e.print_file_and_line = 1
hook(e)

class BadStr(Exception):
    def __str__(self):
        raise ValueError("no")
hook(BadStr())
e = ValueError("v")
e.__notes__ = "abc"
hook(e)
e = ValueError("v")
e.__notes__ = [1, "two\nlines", None]
hook(e)
e = ValueError("v")
e.__notes__ = 42
hook(e)
class BadNote:
    def __str__(self):
        raise TypeError
e = ValueError("v")
e.__notes__ = [BadNote()]
hook(e)
hook(KeyError(""))
hook(KeyError("a", "b"))
hook(OSError(2, "No such file or directory", "x", None, "y"))
hook(UnicodeEncodeError("ascii", "\xe9", 0, 1, "ordinal not in range(128)"))
class Mod(Exception):
    pass
Mod.__module__ = "pkg.mod"
hook(Mod("with module"))
hook(ExceptionGroup("eg", [ValueError(1), BaseExceptionGroup("inner", [KeyError(2)])]))
try:
    try:
        raise ValueError("first")
    except ValueError as v:
        v.add_note("noted")
        raise TypeError("second")
except TypeError as t:
    hook(t)
print("done")
def hook2(e):
    sys.excepthook(type(e), e, None)
    sys.stderr.flush()
hook2(SyntaxError(None, ("g.py", 7, 3, "abc\n")))
hook2(SyntaxError(5, ("g.py", 7, 3, "abc\n")))
hook2(SyntaxError())
hook2(SyntaxError(""))
e = SyntaxError("m"); e.lineno = 3; hook2(e)
e = SyntaxError("m"); e.lineno = "3"; e.filename = "f"; hook2(e)
e = SyntaxError("m", ("g.py", 7, 3, "abc\n")); e.offset = "x"; hook2(e)
hook2(SyntaxError("m", ("g.py", 7, 0, "abc\n")))
hook2(SyntaxError("m", ("g.py", 7, -2, "abc\n")))
hook2(SyntaxError("m", ("g.py", 7, 2, "a\nbc\n")))
hook2(SyntaxError("m", ("g.py", 7, 4, "a\nbc\n")))
hook2(SyntaxError("m", ("g.py", 7, 3, "ab\u00e9cd\n", 7, 5)))
hook2(SyntaxError("m", ("g.py", 7, 5, "abcdef\n", 7, 2)))
hook2(SyntaxError("m", ("g.py", 7, 2, "abcdef\n", 9, 2)))
hook2(SyntaxError("m", ("g.py", 7, 2, "abc", 7, 99)))
hook2(SyntaxError("m", (None, 7, 5, "abcdef\n")))
hook2(SyntaxError("m", ("g.py", 7, 5, None)))
hook2(IndentationError("m", ("g.py", 7, 2, "abcdef\n", 7, 5)))
print("done again")
