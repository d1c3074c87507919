print("{} {} {}".format(1, "a", 2.5), "{0} {1} {0}".format("x", "y"), "{a} {b}".format(a=1, b=2), "{0[0]}{0[1]}".format("xy"))
print("{0.real} {0.imag}".format(3 + 4j), "{d[key]} {d[0]}".format(d={"key": "v", 0: "zero"}), "{l[2]}".format(l=[1, 2, 3]))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{:>8}".format("r"), "{:^8.3}".format("abcdef"), "{0:{fill}{align}{width}}".format(7, fill="*", align=">", width=5))
print("{{}} {{{}}}".format(1), "{}".format({"a": 1}), "{:,}".format(1234567.891), "{:_b}".format(255), "{:#o}".format(8))
print("{0!r:>10}|{1!s:<6}|".format("q", None), "{:%Y}".format(type("D", (), {"__format__": lambda s, f: f"fmt[{f}]"})()))
class Obj:
    attr = "A"
    def __repr__(self):
        return "Obj()"
    def __getitem__(self, k):
        return f"item[{k!r}]"
print("{0.attr} {0[key]} {0[1]} {0[-1]}".format(Obj()))
for bad in ("{", "}", "{0", "{:{:{}}}", "{!x}", "{0!r:}" , "{.attr}", "{[0}", "{0[}"):
    try:
        print(repr(bad), repr(bad.format(Obj(), 1, 2, 3)))
    except (ValueError, IndexError, KeyError, AttributeError) as e:
        print(repr(bad), type(e).__name__, e)
