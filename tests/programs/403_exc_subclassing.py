# Python subclasses of exceptions: __init__ overrides, __new__, keywords, super().__init__.
class NoSuper(Exception):
    def __init__(self, a, b=2):
        self.b = b
e = NoSuper(1, b=3)
print(e.args, e.b, repr(e), str(e))

class WithSuper(Exception):
    def __init__(self, a, b):
        super().__init__(f"{a}-{b}")
        self.a, self.b = a, b
e = WithSuper(1, 2)
print(e.args, repr(e), str(e), e.a)

class NoInit(LookupError):
    pass
try:
    NoInit(1, key=2)
except TypeError as err:
    print(err)

class Custom(Exception):
    def __str__(self):
        return "custom str"
    def __repr__(self):
        return "Custom!"
print(str(Custom(1)), repr(Custom(1)), Custom(1).args)

class WithNew(ValueError):
    def __new__(cls, *args):
        self = super().__new__(cls, "from new", *args)
        self.made = True
        return self
e = WithNew(1)
print(e.args, e.made)

class Renew(Exception):
    def __new__(cls, *args, **kw):
        return super().__new__(cls, *args)
    def __init__(self, *args, **kw):
        super().__init__(*args)
        self.kw = kw
e = Renew(1, 2, x=3)
print(e.args, e.kw)

class StopSub(StopIteration):
    def __init__(self):
        pass
s = StopSub()
print(s.args, s.value)

class ExitSub(SystemExit):
    pass
print(ExitSub(3).code, ExitSub().code, ExitSub(1, 2).code)

class Multi(KeyError, AttributeError):
    pass
m = Multi("k")
print(str(m), m.name, isinstance(m, LookupError), Multi.__mro__[1:3])

class OSSub(OSError):
    pass
print(type(OSSub(2, "x")).__name__, OSSub(2, "x").errno, str(OSSub(2, "x", "f")))

class OSInit(OSError):
    def __init__(self, *a):
        print("OSInit.__init__", self.args, self.errno, a)
        super().__init__(*a)
o = OSInit(2, "x", "fn")
print(o.args, o.errno, o.strerror, o.filename, str(o))

class OSInitNoSuper(OSError):
    def __init__(self, *a):
        pass
o = OSInitNoSuper(2, "x")
print(o.args, o.errno)

class ImpSub(ImportError):
    def __init__(self, msg):
        super().__init__(msg, name="nm")
i = ImpSub("m")
print(i.msg, i.name, i.path, str(i))

class SynSub(SyntaxError):
    pass
print(str(SynSub("bad", ("f.py", 3, 1, "x"))))

class EG(ExceptionGroup):
    pass
g = EG("m", [ValueError(1)])
print(type(g).__name__, repr(g), type(g.derive([KeyError(2)])).__name__)

class Slotted(Exception):
    pass
x = Slotted()
x.attr = 1
print(x.__dict__)

print(issubclass(NoSuper, Exception), NoSuper.__bases__, NoSuper.__name__)
try:
    raise NoSuper(5)
except Exception as err:
    print(type(err).__name__, err.args)
