# int(): every argument form, with CPython's messages.
import sys

def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

cases = [
    ("0", 10), ("-0", 10), ("  +42\t\n", 10), ("1_000_000", 10), ("1__0", 10), ("_1", 10), ("1_", 10),
    ("0x_ff", 16), ("0x_ff", 0), ("0b_1", 0), ("0_7", 0), ("07", 0), ("0", 0), ("000", 0), ("0_0", 0),
    ("0o777", 0), ("0O777", 8), ("777", 8), ("8", 8), ("0b102", 0), ("z", 36), ("Z", 36), ("10", 36),
    ("zz", 35), ("1", 1), ("1", 37), ("1", -1), ("", 10), ("   ", 10), ("+", 10), ("-", 10), ("+-1", 10),
    ("1 2", 10), ("١٢٣", 10), ("٠x10", 0), ("１２", 10), ("12\u00a0", 10), ("\u200b12", 10), ("0x", 16),
    ("0b", 2), ("-0x10", 16), ("- 5", 10), ("5.0", 10), ("1e5", 10), ("inf", 10), ("0xg", 16),
    ("9" * 30, 10), ("-" + "f" * 40, 16), ("1" * 300, 2),
]
for s, base in cases:
    show(repr(s) + " " + str(base), lambda: int(s, base))

show("no args", lambda: int())
show("base only", lambda: int(base=10))
show("x kw", lambda: int(x=5))
show("base kw", lambda: int("ff", base=16))
show("both base", lambda: int("1", 10, base=10))
show("three", lambda: int("1", 10, 3))
show("bad kw", lambda: int("1", bas=10))
show("nonstr base", lambda: int(12, 10))
show("float base", lambda: int("12", 10.0))
show("big base", lambda: int("12", 2**70))
show("bool base", lambda: int("11", True))
show("float", lambda: int(3.99))
show("neg float", lambda: int(-3.99))
show("big float", lambda: int(1e30))
show("tiny float", lambda: int(-1e-300))
show("inf", lambda: int(float("inf")))
show("-inf", lambda: int(float("-inf")))
show("nan", lambda: int(float("nan")))
show("bool", lambda: int(True))
show("None", lambda: int(None))
show("list", lambda: int([1]))
show("complex", lambda: int(1j))

class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 8
class WithTrunc:
    def __trunc__(self):
        return 9
class TruncIndex:
    def __trunc__(self):
        return WithIndex()
class TruncBad:
    def __trunc__(self):
        return "x"
class IntBad:
    def __int__(self):
        return 1.5
class IndexBad:
    def __index__(self):
        return "9"
class IntAndIndex:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
class MyInt(int):
    pass
class IntReturnsSub:
    def __int__(self):
        return MyInt(5)
# __trunc__ delegation and __int__ returning a subclass warn (DeprecationWarning): not exercised here.
for obj in [WithInt(), WithIndex(), IntBad(), IndexBad(), IntAndIndex()]:
    show(type(obj).__name__, lambda: int(obj))
show("base with __index__", lambda: int("11", WithIndex()))

m = MyInt(12)
print(type(m).__name__, m, m + 1, type(m + 1).__name__, repr(m), m == 12, hash(m) == hash(12))
m.attr = "x"
print(m.attr, MyInt("ff", 16), MyInt(), type(MyInt()).__name__, MyInt(2**80), int(MyInt(3)), type(int(MyInt(3))).__name__)
print(isinstance(m, int), type(-m).__name__, type(abs(m)).__name__, type(+m).__name__, m.real, type(m.real).__name__)

old = sys.get_int_max_str_digits()
sys.set_int_max_str_digits(640)
show("limit str", lambda: int("1" * 641))
show("limit ok", lambda: len(str(int("1" * 640))))
show("limit repr", lambda: str(10 ** 700))
show("limit hex ok", lambda: int("f" * 1000, 16).bit_length())
show("limit low", lambda: sys.set_int_max_str_digits(100))
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(old)
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
