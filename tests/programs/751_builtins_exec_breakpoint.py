# exec() closures, compile() of bytes, input(), breakpoint() and bool(NotImplemented) (CPython 3.11).
import io
import os
import sys
import warnings


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


result = []


def make():
    a = 2
    b = 3

    def two():
        result.append(a * b)
    return two


two = make()
CellType = type(two.__closure__[0])
exec(two.__code__, two.__globals__, closure=(CellType(5), CellType(7)))
print("exec with closure:", result)
show("closure for code without free vars", lambda: exec((lambda: 1).__code__, {}, closure=(CellType(1),)))
show("closure missing", lambda: exec(two.__code__, {}))
show("closure wrong length", lambda: exec(two.__code__, {}, closure=(CellType(1),)))
show("closure of non-cells", lambda: exec(two.__code__, {}, closure=(1, 2)))
show("closure with source text", lambda: exec("x = 1", {}, closure=(CellType(1),)))

show("compile with BOM", lambda: eval(compile(b'\xef\xbb\xbf1 + 1', 'f', 'eval')))
show("eval bytes with cookie", lambda: eval(b"# -*- coding: latin-1 -*-\n'\xe9'"))
show("compile NUL", lambda: compile("a\x00", "f", "exec"))
show("exec NUL bytes", lambda: exec(b"a\x00"))


class Sink:
    def write(self, s):
        pass


saved = sys.stdin, sys.stdout
try:
    sys.stdin = io.StringIO("first\nsecond")
    sys.stdout = Sink()
    got = [input(), input("prompt> ")]
    sys.stdin = io.StringIO("")
    try:
        input()
    except EOFError as e:
        got.append(repr(e))
    del sys.stdout
    try:
        input("x")
    except RuntimeError as e:
        got.append(repr(e))
finally:
    sys.stdin, sys.stdout = saved
print("input:", got)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print("bool(NotImplemented):", bool(NotImplemented))
    print([(x.category.__name__, str(x.message)) for x in w])

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    for value in ("int", "0", "nosuchbuiltin", ".foo", "foo.", "nosuchmodule.x", "os.getcwd"):
        os.environ["PYTHONBREAKPOINT"] = value
        r = breakpoint() if value != "int" else breakpoint("42")
        print("PYTHONBREAKPOINT", repr(value), "->", type(r).__name__ if value == "os.getcwd" else repr(r))
    print([(x.category.__name__, str(x.message)) for x in w])
del os.environ["PYTHONBREAKPOINT"]

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        __import__('', {'__package__': None, '__spec__': None, '__name__': '__main__'}, {}, ('foo',), 1)
    except ImportError as e:
        print("relative import:", e)
    print([(x.category.__name__, str(x.message)) for x in w])
