for e in (Exception(), Exception("msg"), Exception("a", 2), Exception(None), ValueError(""), KeyError("k"), KeyError(), KeyError("a", "b"),
          IndexError(3), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"), OSError("just msg"), StopIteration(5),
          SystemExit(3), UnicodeError("u"), SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3)), AttributeError("a"), NameError("n")):
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args)
e = OSError(2, "No such file", "f.txt")
print(e.errno, e.strerror, e.filename, type(e).__name__, type(OSError(2, "x")).__name__)
print(type(OSError(13, "denied")).__name__, type(OSError(17, "exists")).__name__, type(OSError(999, "unknown")).__name__)
s = StopIteration(1, 2)
print(s.value, SystemExit().code, SystemExit(1, 2).code, SystemExit("bye").code)
e = Exception("x")
e.args = ("replaced", 1)
print(e, repr(e))
n = NameError("name 'q' is not defined", name="q")
print(n.name, AttributeError("m", name="attr", obj=5).obj)
se = SyntaxError("bad", ("f.py", 1, 2, "x y", 1, 3))
print(se.msg, se.filename, se.lineno, se.offset, se.text, se.end_lineno, se.end_offset)
class MyErr(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
m = MyErr(404, "not found")
print(repr(m), str(m), m.args, m.code)
class NoSuper(Exception):
    def __init__(self, x):
        self.x = x
print(repr(NoSuper(1)), str(NoSuper(1)), NoSuper(1).args)
class StrOverride(Exception):
    def __str__(self):
        return "custom str"
print(repr(StrOverride("a")), str(StrOverride("a")))
