s = "hello hello hello"
print(s.replace("hello", "bye"), s.replace("hello", "bye", 2), s.replace("l", ""), s.replace("", "-"), s.replace("x", "y"))
print("aaa".replace("a", "b", 0), "abc".replace("", "_", 2), "".replace("", "x"), "aaaa".replace("aa", "b"))
table = str.maketrans("abc", "xyz")
print("aabbcc".translate(table), sorted(table.items()))
table2 = str.maketrans({"a": "1", "b": None, "c": "333"})
print("abcabc".translate(table2))
table3 = str.maketrans("ab", "cd", "xy")
print("axbycd".translate(table3), sorted(table3.items()))
print("hello".translate({ord("l"): "L", ord("o"): None}), "abc".translate({97: 98}))
class Table:
    def __getitem__(self, k):
        if k == ord("e"):
            return "3"
        raise LookupError
print("geese".translate(Table()))
for bad in (lambda: str.maketrans("ab", "c"), lambda: str.maketrans(1), lambda: str.maketrans({"ab": 1}), lambda: "x".translate({120: 1.5})):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
