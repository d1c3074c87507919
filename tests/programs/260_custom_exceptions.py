class AppError(Exception):
    """Base for app errors."""
class NotFound(AppError):
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError, ValueError):
    pass
for exc in (NotFound("user"), Invalid("bad value"), AppError()):
    try:
        raise exc
    except ValueError as e:
        print("as ValueError:", type(e).__name__, e)
    except AppError as e:
        print("as AppError:", type(e).__name__, e, getattr(e, "what", None))
print([k.__name__ for k in Invalid.__mro__])
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), str(WithRepr("x")))
class Kw(Exception):
    def __init__(self, *, code):
        super().__init__(code)
        self.code = code
try:
    raise Kw(code=7)
except Kw as e:
    print(e.code, e.args)
try:
    class NotExc:
        pass
    raise NotExc()
except TypeError as e:
    print(type(e).__name__, e)
try:
    try:
        pass
    except 5:
        pass
    raise ValueError
except TypeError as e:
    print("bad except clause:", e)
except ValueError:
    print("except clause never evaluated when no exception")
try:
    try:
        raise ValueError
    except "not a class":
        pass
except TypeError as e:
    print(type(e).__name__, e)
