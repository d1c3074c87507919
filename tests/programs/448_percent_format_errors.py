# printf-style errors: CPython 3.11's types and messages
cases = [("%-%", ()), ("%5%", ()), ("%5%", (1,)), ("%", ()), ("%(a)", {"a": 1}), ("%(a", {}), ("%*d", ("x", 1)),
         ("%.*f", (1.5, 1.0)), ("%y", ()), ("%y", (1,)), ("%c", (1.5,)), ("%c", ("ab",)), ("%c", (0x110000,)),
         ("%c", (-1,)), ("%d", ("1",)), ("%x", (1.5,)), ("%f", ("a",)), ("%s %s", (1,)), ("%s", (1, 2)),
         ("ab", (1,)), ("%(a)s %s", {"a": 1}), ("%(a)s", (1,)), ("%(x)d", [1]), ("%d", ([],)), ("%o", (None,)),
         ("%i", (float("nan"),)), ("%d", (float("inf"),)), ("%.", (1,)), ("%5", (1,)), ("%-", (1,)),
         ("%(k)s", {}), ("%\u00e9", (1,)), ("%s %s %s", [1, 2]), ("%X", ("s",)), ("%e", (None,)), ("%", (1,))]
for f, a in cases:
    try:
        print(repr(f), repr(f % a))
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(repr(f), type(e).__name__, e)
class C:
    def __rmod__(self, other):
        return "rmod:" + str(other)
print(5 % 3, 7.5 % 2, 1 % C())
try:
    "%s" % C() % ()
except TypeError as e:
    print("TypeError", e)
