s = "the quick brown fox jumps over the lazy dog"
print(s.find("the"), s.find("the", 1), s.find("cat"), s.rfind("the"), s.rfind("o"), s.find(""), s.rfind(""))
print(s.index("quick"), s.rindex("o"), s.count("o"), s.count("the"), s.count(""), "aaaa".count("aa"))
print(s.startswith("the"), s.startswith(("a", "t")), s.endswith("dog"), s.endswith("dog", 0, 10), s.startswith("quick", 4))
print(s.find("o", 15, 20), s.find("o", -5), s.count("o", 10, -10), "abc".find("c", -1), "abc".find("a", -100, 100))
try:
    s.index("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.rindex("cat")
except ValueError as e:
    print(type(e).__name__, e)
try:
    s.startswith(["a"])
except TypeError as e:
    print(type(e).__name__, e)
print("".find(""), "".find("a"), "abc".find("", 3), "abc".find("", 4), "abc".endswith(""), "abc".startswith("", 3))
print("ab" in "cabd", "x" in "", "" in "", "αβγ".find("γ"), "😀a😀".rfind("😀"))
