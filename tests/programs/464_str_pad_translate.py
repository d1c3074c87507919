# center/ljust/rjust/zfill/expandtabs/join/replace/translate/maketrans
for w in [0, 3, 6, 7, -1]:
    print(repr("abc".center(w)), repr("abc".center(w, "*")), repr("ab".center(w, "-")), repr("abc".ljust(w, ".")), repr("abc".rjust(w)))
print("x".center(6, "\U0001F600"), "\U0001F600".ljust(3, "a"), "é".rjust(4, "é"))
for s in ["42", "-42", "+42", "", "-", "abc", "\U0001F600"]:
    print(repr(s.zfill(5)), repr(s.zfill(1)))
for s in ["a\tb", "\t", "ab\tc\nd\te", "abcd\te\r\tf", "\U0001F600\tx"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(0)), repr(s.expandtabs(tabsize=3)))
print("-".join(["a", "b", "c"]), "".join([]), ", ".join(("x",)), "+".join("abc"), "|".join(map(str, range(4))), " ".join({"k": 1}))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "aaa".replace("a", "b", 0), "abc".replace("", "-"), "abc".replace("", "-", 2),
      "".replace("", "x"), "a😀b😀".replace("😀", "!"), "aaaa".replace("aa", "b"), "abc".replace("b", ""), "x".replace("x", "yy", -1))
table = str.maketrans("abc", "xyz", "d")
print(sorted(table.items()), "abcdd e".translate(table))
print(str.maketrans({"a": "1", 98: None, "c": 67}), "abc".translate(str.maketrans({"a": "AA", "b": None})))
print("hello".translate({ord("l"): "L"}), "hello".translate([]), "abc".translate({97: 0x1F600}))
class Table:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        return k + 1
print("abc".translate(Table()))
for bad in [lambda: "a".center(5, "ab"), lambda: "a".ljust(5, 1), lambda: "a".zfill("5"), lambda: "-".join([1]),
            lambda: "-".join(["a", 2]), lambda: "-".join(5), lambda: "a".replace(1, "b"), lambda: "a".translate({97: 1.5}),
            lambda: "a".translate({97: 0x110000}), lambda: str.maketrans(1), lambda: str.maketrans("ab", "a"),
            lambda: str.maketrans({"ab": 1}), lambda: str.maketrans({1.5: 1}), lambda: str.maketrans("a", "b", 1),
            lambda: "a".expandtabs("x"), lambda: "a".center()]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
