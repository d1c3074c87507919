s = "Hello"
print(s + " " + "World", s * 3, 3 * "ab", s * 0, s * -1)
print(len(s), s[0], s[-1], "ell" in s, "xyz" not in s)
print(s == "Hello", s < "Help", "a" < "B", "abc" < "abcd", "" < "a")
print(min("hello"), max("hello"), sorted("hello"), list(reversed("abc")))
t = ""
for ch in "abc":
    t = ch + t
print(t)
print("%s and %s" % ("a", "b"), "-".join(["x", "y"]), "a,b".split(","))
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    "a" * 1.5
except TypeError as e:
    print(e)
try:
    s[10]
except IndexError as e:
    print(e)
try:
    s[0] = "J"
except TypeError as e:
    print(e)
print("abc" * 2 == "abcabc", "a" "b" == "ab", str(1) + str(2.5) + str(None))
