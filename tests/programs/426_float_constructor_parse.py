# float(): strings (underscores, whitespace, inf/nan spellings, Unicode digits), __float__, __index__, subclasses.
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

strings = ["0", "-0", "+0.0", "1.5", "  -1.5e3  ", "\t\n1\r\f\v", ".5", "5.", ".", "e5", "1e", "1e+", "1e-5", "1E5",
           "1_000.000_1", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", "1e_10", "0_0", "00.5", "0x10", "1j",
           "inf", "-inf", "+inf", "INF", "Infinity", "-iNfInItY", "infinit", "infinityy", "nan", "-nan", "+NaN",
           "nan(1)", "nana", "in f", "", " ", "1 2", "1.2.3", "--1", "+-1", "١٢٫٥", "١٢.٥", "１.５", "1\u00a0",
           "\u20031.5\u2003", "1e400", "-1e400", "1e-400", "2.4703282292062328e-324", "2.4703282292062327e-324",
           "1.7976931348623158e308", "1.7976931348623159e308", "0." + "0" * 400 + "1", "9" * 400,
           "123456789012345678901234567890", "0.1000000000000000055511151231257827", "\x00", "1\x00"]
for s in strings:
    show(repr(s), lambda: float(s))

class WithFloat:
    def __float__(self):
        return 2.5
class WithIndex:
    def __index__(self):
        return 2**70
class BadFloat:
    def __float__(self):
        return 1
class FloatAndIndex:
    def __float__(self):
        return 1.25
    def __index__(self):
        return 9
class WithInt:
    def __int__(self):
        return 3
for obj in [WithFloat(), WithIndex(), BadFloat(), FloatAndIndex(), WithInt()]:
    show(type(obj).__name__, lambda: float(obj))
show("no args", lambda: float())
show("int", lambda: float(7))
show("bool", lambda: float(True))
show("big int", lambda: float(2**1023 * 3))
show("huge int", lambda: float(10**400))
show("None", lambda: float(None))
show("list", lambda: float([]))
show("complex", lambda: float(1j))
show("two args", lambda: float(1, 2))
show("kw", lambda: float(x=1))

class F(float):
    pass
f = F("1.25")
f.tag = 1
print(type(f).__name__, f, repr(f), f.tag, f + 1, type(f + 1).__name__, F(), F(3), F(WithFloat()), type(-f).__name__)
print(float(f), type(float(f)).__name__, f == 1.25, hash(f) == hash(1.25), f.is_integer(), isinstance(f, float))
print(str(1.0), str(-0.0), str(1e16), str(1.5e-7), str(123456789012345678.0), repr(0.1 + 0.2), repr(1e22), repr(1e23))
