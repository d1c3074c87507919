for k in ("str", 1, (1, 2), None, "", "quote'd", 2.5):
    try:
        {}[k]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    {}.pop(("t",))
except KeyError as e:
    print(str(e))
class C:
    __slots__ = ("a",)
for target, name in ((C(), "a"), (C(), "b"), (C, "zz"), (5, "foo"), ("s", "bar"), (None, "x"), (int, "y"), (len, "z")):
    try:
        getattr(target, name)
    except AttributeError as e:
        print(type(e).__name__, e, e.name, type(e.obj).__name__)
import_error = None
class D:
    def __getattr__(self, n):
        raise AttributeError(f"custom {n}")
try:
    D().q
except AttributeError as e:
    print(e)
