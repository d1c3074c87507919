print("Hello {0}, you are {1}".format("Ann", 30), "{name}-{n:03}".format(name="x", n=7), "{}{}".format(1, 2))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3j), "{!r}".format("q"), "{:>{w}}".format("r", w=4))
print("%(a)s-%(b)d" % {"a": "A", "b": 2}, "{a}".format_map({"a": "mapped"}))
class D(dict):
    def __missing__(self, k):
        return f"<{k}>"
print("{known} {unknown}".format_map(D(known="K")))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getitem__(1), "ab".__add__("c"), "ab".__mul__(2), "ab".__rmul__(2))
print("abc".__eq__("abc"), "abc".__lt__("abd"), "a".__ne__(1), "x".__hash__() == hash("x"))
print(str.upper("lower"), str.join(",", "abc"), str.__name__, "x".__class__.__name__)
print("a".__mod__(()), "%%".__mod__(()), "%s" % [1, 2], "%s" % ((1, 2),), "%d%%" % 50)
try:
    "{".format(1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    "{1}".format(0)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
