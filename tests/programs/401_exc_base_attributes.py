# BaseException attributes: args, __cause__, __context__, __suppress_context__, __traceback__, __dict__.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as err:
        print(label, type(err).__name__, err)

e = ValueError("a", "b")
print(e.args, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
e.args = [1, 2, 3]
print(e.args, type(e.args).__name__, str(e), repr(e))
e.args = "xy"
print(e.args)
e.args = ()
print(repr(e), repr(str(e)))
attempt("args=5", lambda: setattr(e, "args", 5))
attempt("del args", lambda: delattr(e, "args"))

c = KeyError("k")
e.__cause__ = c
print(e.__cause__ is c, e.__suppress_context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
attempt("cause=1", lambda: setattr(e, "__cause__", 1))
attempt("cause=type", lambda: setattr(e, "__cause__", KeyError))
attempt("del cause", lambda: delattr(e, "__cause__"))

e.__context__ = c
print(e.__context__ is c)
e.__context__ = None
print(e.__context__)
attempt("context='x'", lambda: setattr(e, "__context__", "x"))
attempt("del context", lambda: delattr(e, "__context__"))

e.__suppress_context__ = False
print(e.__suppress_context__)
attempt("suppress=1", lambda: setattr(e, "__suppress_context__", 1))
attempt("del suppress", lambda: delattr(e, "__suppress_context__"))

attempt("tb=1", lambda: setattr(e, "__traceback__", 1))
attempt("del tb", lambda: delattr(e, "__traceback__"))
attempt("with_traceback(1)", lambda: e.with_traceback(1))
print(e.with_traceback(None) is e, e.__traceback__)

try:
    raise TypeError("t")
except TypeError as t:
    tb = t.__traceback__
print(type(tb).__name__, tb.tb_lineno)
f = RuntimeError("f").with_traceback(tb)
print(f.__traceback__ is tb)
f.__traceback__ = None
print(f.__traceback__)

# instances have a __dict__
e = OSError("x")
print(e.__dict__)
e.extra = 42
print(e.__dict__, e.extra)
e.__dict__ = {"other": 1}
print(e.other, hasattr(e, "extra"))
attempt("dict=1", lambda: setattr(e, "__dict__", 1))
attempt("del dict", lambda: delattr(e, "__dict__"))

# identity semantics
a, b = ValueError(1), ValueError(1)
print(a == b, a == a, a != b, hash(a) == hash(a))

# implicit chaining from native code and from raise
def chain():
    try:
        {}["missing"]
    except KeyError:
        int("zz")
try:
    chain()
except ValueError as v:
    print(repr(v), repr(v.__context__), v.__cause__, v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as v:
    print(v.__cause__, repr(v.__context__), v.__suppress_context__)
attempt("raise from 1", lambda: exec("raise ValueError from 1"))
attempt("raise 1", lambda: exec("raise 1"))

# methods and descriptors live on BaseException
print(sorted(k for k in vars(BaseException) if not k.startswith("__") or k in ("__reduce__", "__setstate__", "__notes__")))
print(type(BaseException.__dict__["args"]).__name__, type(BaseException.__dict__["with_traceback"]).__name__)
print(ValueError.__mro__)
