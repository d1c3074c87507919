# SyntaxError and its subclasses: arguments, attributes, __str__.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as err:
        print(label, type(err).__name__, err)

def show(e):
    print(type(e).__name__, repr(e), "|", str(e), "|", e.msg, e.filename, e.lineno, e.offset, repr(e.text),
          e.end_lineno, e.end_offset, e.print_file_and_line)

show(SyntaxError())
show(SyntaxError("only msg"))
show(SyntaxError("m", ("file.py", 3, 7, "bad line\n")))
show(SyntaxError("m", ("/abs/dir/file.py", 3, 7, "bad line\n", 3, 9)))
show(SyntaxError("m", ["list.py", 1, 2, "t"]))
show(SyntaxError("m", (None, 5, 1, None)))
show(SyntaxError("m", ("f.py", None, 1, None)))
show(SyntaxError("m", (1, 2, 3, 4)))
show(SyntaxError("m", ("f.py", "7", 1, "x")))
show(SyntaxError("a", "b", "c"))
show(IndentationError("expected an indented block", ("f.py", 2, 1, "x\n")))
show(TabError("tabs", ("f.py", 4, 1, "\tx\n")))
attempt("short info", lambda: SyntaxError("m", ("f", 1)))
attempt("long info", lambda: SyntaxError("m", (1, 2, 3, 4, 5, 6, 7)))
attempt("end_lineno only", lambda: SyntaxError("m", ("f", 1, 2, "t", 1)))
attempt("info not iterable", lambda: SyntaxError("m", 5))
attempt("kw", lambda: SyntaxError("m", lineno=1))

e = SyntaxError("m")
e.lineno = 10
print(str(e))
e.filename = "x/y.py"
print(str(e))
e.lineno = True
print(str(e))
e.msg = 42
print(str(e))
e.filename = 3
print(str(e))

for src in ["x = (", "def f(:\n  pass", "if True:\npass", "a b", "1 +* 2"]:
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as err:
        print(type(err).__name__, "|", err, "|", err.msg, err.lineno, err.offset, repr(err.text), err.end_lineno, err.end_offset)
try:
    eval("1 +")
except SyntaxError as err:
    print(err.args[0], err.args[1][0], err.args[1][1])
