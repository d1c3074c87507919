# __reduce__ and __setstate__, and rebuilding exceptions from them (what copy/pickle do).
def rebuild(e):
    r = e.__reduce__()
    cls, args = r[0], r[1]
    new = cls(*args)
    if len(r) > 2 and r[2] is not None:
        new.__setstate__(r[2])
    return new

samples = [
    ValueError(), ValueError(1), ValueError(1, "two"), KeyError("k"),
    OSError(2, "No such file or directory"), OSError(2, "No such file or directory", "f.txt"),
    OSError(2, "No such file or directory", "a", None, "b"), OSError("plain"),
    BlockingIOError(11, "again", 7),
    ImportError("m"), ImportError("m", name="n", path="p"), ModuleNotFoundError("nope", name="x"),
    AttributeError("a", name="n", obj=1), NameError("n", name="x"),
    SyntaxError("s", ("f.py", 1, 2, "t", 1, 3)), StopIteration(5), SystemExit(2),
    UnicodeEncodeError("ascii", "\xe9", 0, 1, "bad"), UnicodeTranslateError("x", 0, 1, "r"),
    ExceptionGroup("g", [ValueError(1)]),
]
for e in samples:
    r = e.__reduce__()
    print(type(e).__name__, r[1:], end=" ")
    n = rebuild(e)
    print("->", type(n).__name__, repr(n), "|", str(n))

e = ValueError("x")
e.attr = [1]
print(e.__reduce__())
n = rebuild(e)
print(n.attr, n.attr is e.attr)
e.__setstate__({"a": 1, "b": 2})
print(e.a, e.b)
e.__setstate__(None)
try:
    e.__setstate__([("a", 1)])
except TypeError as err:
    print(err)
i = ImportError("m", name="n")
i.more = 1
print(i.__reduce__())
print(i.__dict__)
o = OSError(13, "Permission denied", "p")
o.note = "n"
print(o.__reduce__())
