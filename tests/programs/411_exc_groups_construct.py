# BaseExceptionGroup / ExceptionGroup: construction, validation, type selection, attributes.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__, repr(r))
    except Exception as err:
        print(label, type(err).__name__, err)

print(ExceptionGroup.__mro__)
print(BaseExceptionGroup.__mro__, BaseExceptionGroup.__bases__, ExceptionGroup.__bases__)
eg = ExceptionGroup("msg", [ValueError(1), TypeError("t")])
print(repr(eg), "|", str(eg), "|", eg.args, eg.message, eg.exceptions, type(eg.exceptions).__name__)
one = ExceptionGroup("one", (KeyError("k"),))
print(str(one), one.args)

attempt("base of exceptions", lambda: BaseExceptionGroup("m", [ValueError()]))
attempt("base of base", lambda: BaseExceptionGroup("m", [KeyboardInterrupt()]))
attempt("base mixed", lambda: BaseExceptionGroup("m", [ValueError(), SystemExit(1)]))
attempt("eg of base", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("not a sequence", lambda: ExceptionGroup("m", {ValueError()}))
attempt("int excs", lambda: ExceptionGroup("m", 5))
attempt("bad item", lambda: ExceptionGroup("m", [ValueError(), "x"]))
attempt("class item", lambda: ExceptionGroup("m", [ValueError]))
attempt("msg not str", lambda: ExceptionGroup(1, [ValueError()]))
attempt("one arg", lambda: ExceptionGroup("m"))
attempt("three args", lambda: ExceptionGroup("m", [ValueError()], 3))
attempt("tuple excs", lambda: ExceptionGroup("m", (ValueError(),)))
attempt("nested", lambda: ExceptionGroup("outer", [ExceptionGroup("inner", [ValueError(1)]), TypeError(2)]))
attempt("nested base", lambda: BaseExceptionGroup("outer", [BaseExceptionGroup("inner", [GeneratorExit()])]))

class MyEG(ExceptionGroup):
    pass
class MyBEG(BaseExceptionGroup):
    pass
class MyBoth(BaseExceptionGroup, Exception):
    pass
attempt("MyEG", lambda: MyEG("m", [ValueError()]))
attempt("MyEG base", lambda: MyEG("m", [KeyboardInterrupt()]))
attempt("MyBEG", lambda: MyBEG("m", [ValueError()]))
attempt("MyBEG base", lambda: MyBEG("m", [KeyboardInterrupt()]))
attempt("MyBoth base", lambda: MyBoth("m", [KeyboardInterrupt()]))

try:
    eg.message = "x"
except AttributeError as err:
    print("message:", err)
try:
    eg.exceptions = ()
except AttributeError as err:
    print("exceptions:", err)

lst = [ValueError(1)]
g = ExceptionGroup("from list", lst)
lst.append(TypeError(2))
print(g.exceptions, g.args)

class WithInit(ExceptionGroup):
    def __init__(self, message, excs, extra):
        super().__init__(message, excs)
        self.extra = extra
    def __new__(cls, message, excs, extra):
        return super().__new__(cls, message, excs)
w = WithInit("w", [ValueError()], 7)
print(repr(w), w.extra, w.args)

print(isinstance(eg, Exception), isinstance(BaseExceptionGroup("b", [SystemExit()]), Exception))
try:
    raise ExceptionGroup("raised", [ValueError(1)])
except Exception as err:
    print("caught by except Exception:", repr(err))
print(ExceptionGroup[int], BaseExceptionGroup[ValueError])
