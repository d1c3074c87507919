# find/rfind/index/rindex/count/startswith/endswith with slices, astral text and errors
s = "abracadabra"
for sub in ["a", "abra", "", "z", "ra", "cad"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
    for start, end in [(None, None), (1, None), (-4, None), (2, 8), (5, 3), (20, None), (0, -1), (-100, 100)]:
        print(" ", start, end, s.find(sub, start, end), s.rfind(sub, start, end), s.count(sub, start, end),
              s.startswith(sub, start, end), s.endswith(sub, start, end))
print("".find(""), "".count(""), "abc".find("", 3), "abc".find("", 4), "abc".count("", 4), "abc".rfind("", 1, 2))
t = "x\U0001F600y\U0001F600z"
print(len(t), t.find("y"), t.rfind("\U0001F600"), t.index("z"), t.count("\U0001F600"), t.find("z", 3), t.find("\U0001F600", 2))
print(t.startswith("\U0001F600", 1), t.endswith(("q", "z")), t.startswith(("x", "y"), 2))
print("hello".startswith(("he", "x")), "hello".endswith(()), "hello".startswith("ell", 1, 4))
for bad in [lambda: "a".find(1), lambda: "a".count(None), lambda: "a".index("b"), lambda: "a".rindex("b"),
            lambda: "a".startswith(1), lambda: "a".endswith((1,)), lambda: "a".find(), lambda: "a".find("a", 1, 2, 3),
            lambda: "a".find("a", "x"), lambda: "abc".index("c", 0, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self):
        return 1
print("abc".find("b", I()), "abc".find("a", I()), "abc".startswith("b", I()))
print("abc" in "xabcx", "" in "a", "\U0001F600" in t)
try:
    1 in "a"
except TypeError as e:
    print(e)
