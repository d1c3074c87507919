# format() / f-strings / ascii(): __format__ lookup on the type, conversions, results that are not str
class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        return "$" + format(self.v, spec or ".2f")
    def __repr__(self):
        return "Money(%r)" % self.v
    def __str__(self):
        return "money"
m = Money(3.14159)
print(format(m), format(m, ".1f"), f"{m}", f"{m:>8.3f}", f"{m!r}", f"{m!s:>7}", f"{m!a}", "{0} {0!r}".format(m))
class Bad:
    def __format__(self, spec):
        return 42
try:
    format(Bad())
except TypeError as e:
    print("TypeError", e)
try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError", e)
class Plain:
    def __str__(self):
        return "plain"
print(format(Plain()), f"{Plain()}", f"{Plain()!r:.6}")
try:
    format(Plain(), "^10")
except TypeError as e:
    print("TypeError", e)
print(ascii("héllo\n😀\x00"), ascii([1, "é", ("\xff",)]), ascii("plain"), f"{'ü'!a}", f"{'ü'!r}")
width, prec = 10, 3
print(f"{3.14159:{width}.{prec}f}|{'x':{'^'}{width}}|{42:{'#'}{'x'}}")
print(f"{1 + 1 = }", f"{'a' * 3 = !s}", f"{2.5 = :>6}")
inst = object.__new__(object)
print(format(inst, "") == str(inst), object.__format__(3, ""), type(object.__format__(True, "")).__name__)
print(int.__format__(True, ""), int.__format__(5, "x"), float.__format__(2.5, "e"), str.__format__("s", ">3"))
