# Hierarchy facts: aliases, bases, lay-out conflicts, __class__ assignment between exception types.
import builtins
print(EnvironmentError, IOError, EnvironmentError.__name__, OSError is IOError)
for name in ("ArithmeticError", "ConnectionError", "Warning", "BaseExceptionGroup", "UnicodeError", "NameError"):
    cls = getattr(builtins, name)
    print(name, sorted(c.__name__ for c in cls.__subclasses__()))
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", r)
    except Exception as err:
        print(label, type(err).__name__, err)
attempt("OSError+ImportError", lambda: type("X", (OSError, ImportError), {}))
attempt("OSError+SyntaxError", lambda: type("X", (OSError, SyntaxError), {}))
attempt("StopIteration+OSError", lambda: type("X", (StopIteration, OSError), {}))
attempt("ValueError+OSError", lambda: type("X", (ValueError, OSError), {}).__mro__)
attempt("KeyError+IndexError", lambda: type("X", (KeyError, IndexError), {}).__mro__)
attempt("EG+OSError", lambda: type("X", (ExceptionGroup, OSError), {}))
attempt("int+Exception", lambda: type("X", (int, Exception), {}))

class MyValue(ValueError): pass
class OtherValue(ValueError): pass
class MyOS(OSError): pass
class OtherOS(OSError): pass
e = MyValue(1)
e.__class__ = OtherValue
print(type(e).__name__, repr(e))
attempt("builtin target", lambda: setattr(MyValue(), "__class__", TypeError))
attempt("MyValue->MyOS", lambda: setattr(MyValue(), "__class__", MyOS))
o = MyOS(2, "x")
o.__class__ = OtherOS
print(repr(o), o.errno, isinstance(o, OtherOS))
attempt("MyOS->MyValue", lambda: setattr(MyOS(), "__class__", MyValue))

print(BaseException.__base__, BaseException.__module__, ExceptionGroup.__module__, type(ExceptionGroup))
