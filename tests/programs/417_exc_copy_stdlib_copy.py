# copy.copy / copy.deepcopy of exceptions go through __reduce_ex__ -> BaseException.__reduce__ and __setstate__.
import copy

samples = [ValueError("v"), KeyError("k"), OSError(2, "No such file or directory", "f.txt"),
           ImportError("m", name="n", path="p"), StopIteration(3), SystemExit(1),
           SyntaxError("s", ("f.py", 1, 2, "t")), UnicodeEncodeError("ascii", "\xe9", 0, 1, "r"),
           ExceptionGroup("g", [ValueError(1), TypeError(2)])]
for e in samples:
    e.extra = [1, 2]
    c = copy.copy(e)
    d = copy.deepcopy(e)
    print(type(c).__name__, repr(c), "|", str(c), "|", c.extra is e.extra, d.extra == e.extra, d.extra is e.extra)
class Custom(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
        self.total = a + b
c = copy.copy(Custom(1, 2))
print(repr(c), c.total)
