# Exception subclasses with __slots__, except-clause checks, and raising classes vs instances.
class Slotted(Exception):
    __slots__ = ("code", "detail")
    def __init__(self, code, detail="?"):
        super().__init__(code)
        self.code = code
        self.detail = detail
s = Slotted(3, "d")
print(repr(s), s.code, s.detail, s.args, "__dict__" in dir(s))
try:
    Slotted(1).missing_slot_value = 2
    print("dict still present")
except AttributeError as e:
    print("no dict:", e)
s2 = Slotted(4)
del s2.detail
try:
    s2.detail
except AttributeError as e:
    print(e)

class OSSlotted(OSError):
    __slots__ = ("extra",)
o = OSSlotted(2, "x", "f")
o.extra = 5
print(type(o).__name__, o.extra, str(o))

def attempt(label, f):
    try:
        f()
        print(label, "ok")
    except BaseException as e:
        print(label, type(e).__name__, e)

def catch_with(cls):
    def body():
        try:
            raise ValueError("v")
        except cls:
            print("  caught by", cls)
    return body
attempt("except int", catch_with(int))
attempt("except tuple with str", catch_with((TypeError, "x")))
attempt("except nested tuple", catch_with((TypeError, (KeyError, ValueError))))
attempt("except instance", catch_with(ValueError("x")))

def raise_class():
    raise KeyError
attempt("raise class", raise_class)
def raise_non_exception():
    raise 42
attempt("raise int", raise_non_exception)
def raise_type_not_exception():
    raise int
attempt("raise non-exception class", raise_type_not_exception)
class BadNew(Exception):
    def __new__(cls, *a):
        return 5
def raise_bad_new():
    raise BadNew
attempt("raise class whose __new__ returns non-exception", raise_bad_new)
def raise_from_class():
    raise ValueError("v") from KeyError
try:
    raise_from_class()
except ValueError as e:
    print("from class:", repr(e.__cause__), e.__suppress_context__)
def raise_from_bad():
    raise ValueError("v") from 5
attempt("raise from int", raise_from_bad)
def bare_raise():
    raise
attempt("bare raise", bare_raise)

class InitFails(Exception):
    def __init__(self):
        raise RuntimeError("init failed")
def raise_init_fails():
    raise InitFails
attempt("raise class with failing __init__", raise_init_fails)
