print(format(42), format(42, "5"), format(42, "<5") + "|", format(3.14159, ".2f"), format("s", ">3"), format(255, "x"), format(1e10, "g"))
print(format(True), format(None), format([1, 2]), format(1 + 2j), format(-0.0), format(12345678, ","), format(0.5, "%"))
class F:
    def __format__(self, spec):
        return f"F({spec})"
print(format(F()), format(F(), "spec"), f"{F():x}", "{:yy}".format(F()))
for bad in ((1, "q"), ("s", "d"), (1.5, "d"), (None, "x"), ([], "5"), (1, ".5d"), ("s", "=5")):
    try:
        format(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
class BadF:
    def __format__(self, spec):
        return 5
try:
    format(BadF())
except TypeError as e:
    print(type(e).__name__, e)
