# split/rsplit/splitlines/partition/strip family
for s in ["  a b  c  ", "a,b,,c", "", "   ", "a\u2003b\x1cc\x85d", "one\ttwo\nthree\x0bfour\x0cfive"]:
    print(repr(s), s.split(), s.rsplit(), s.split(None, 1), s.rsplit(None, 1), s.split(maxsplit=0), s.rsplit(maxsplit=2))
    print("  ", s.split(","), s.rsplit(",", 1), s.split(",", maxsplit=1), s.split(sep=",", maxsplit=-1))
print("a b  ".split(None, 1), "  a b".rsplit(None, 1), "a  b  c".split(" "), "aXXbXXc".split("XX", 1), "aXXbXXc".rsplit("XX", 1))
lines = "l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1cl7\x1dl8\x1el9\x85l10\u2028l11\u2029l12\n"
print(lines.splitlines())
print(lines.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines(keepends=True), "x\r".splitlines(True))
for s in ["a=b=c", "abc", "=", ""]:
    print(s.partition("="), s.rpartition("="))
print("\U0001F600|x".partition("|"), "a|\U0001F600|b".rpartition("|"))
for s in ["  xx  ", "\t\n x \u3000", "xyxzyx", ""]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip("xy")), repr(s.lstrip("x")), repr(s.rstrip("yx")))
print("\U0001F600ab\U0001F600".strip("\U0001F600"), "aaa".strip("a"), "abc".strip(""), "abc".strip(None))
print("prefix_body".removeprefix("prefix_"), "body".removeprefix("x"), "file.py".removesuffix(".py"), "a".removesuffix(""))
for bad in [lambda: "a".split(""), lambda: "a".split(1), lambda: "a".rsplit(""), lambda: "a".partition(""),
            lambda: "a".partition(1), lambda: "a".strip(1), lambda: "a".lstrip(1), lambda: "a".rstrip(1),
            lambda: "a".removeprefix(1), lambda: "a".split(x=1), lambda: "a".splitlines(1, 2)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
