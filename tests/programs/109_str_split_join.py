print("a,b,,c".split(","), "a,b,,c".split(",", 1), "a,b,,c".rsplit(",", 1), "  a  b   c ".split(), "  a b  ".split(None, 1))
print("a b c".rsplit(None, 1), "".split(), "".split(","), "abc".split("abc"), "x".split("x"), " ".split(" "))
print("one\ntwo\r\nthree\rfour\n".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "x\x0by\x0cz\x1cw\u2028v".splitlines())
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("xyz"), "-".join(str(i) for i in range(3)))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    "a".split("")
except ValueError as e:
    print(type(e).__name__, e)
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "1 2\t3\n4".split(), "a\u3000b\x85c".split())
print("key=value=x".partition("="), "key=value=x".rpartition("="), "none".partition("="), "none".rpartition("="))
print("mississippi".split("ss"), "mississippi".split("s", 2), "mississippi".rsplit("s", 2), "aaa".split("a"))
