s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxhixx".strip("x")), repr("abcXcba".strip("abc")))
print(repr("hello".center(11)), repr("hello".center(10, "*")), repr("hi".center(1)), repr("ab".center(5, "-")))
print(repr("hi".ljust(5)), repr("hi".rjust(5, ".")), repr("hi".ljust(1)), repr("42".zfill(5)), repr("-42".zfill(5)), repr("+3".zfill(4)), repr("abc".zfill(2)))
print(repr("prefix_body".removeprefix("prefix_")), repr("body.txt".removesuffix(".txt")), repr("x".removeprefix("y")))
print(repr("a\tb\tc".expandtabs()), repr("a\tbc\tdef\t".expandtabs(4)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(3)))
try:
    "x".center(5, "ab")
except TypeError as e:
    print(type(e).__name__, e)
print(repr("\u3000 x \u00a0".strip()), repr("\x1c\x1dx\x1e\x1f".strip()), repr("xyz".strip("")), repr("".strip()))
