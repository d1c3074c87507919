print(str(), str(1), str(1.5), str(-0.0), str(None), str(True), str([1, "a"]), str((1,)), str({1: "x"}), str(b"b"), str(1j))
print(str(b"caf\xc3\xa9", "utf-8"), str(b"abc", "ascii", "strict"), str(bytearray(b"x"), "latin-1"), str(object=5))
class S:
    def __str__(self): return "S.__str__"
    def __repr__(self): return "S.__repr__"
print(str(S()), repr(S()), [S()], (S(),), {S(): 1} if False else "", "%s|%r" % (S(), S()), f"{S()}|{S()!r}")
for bad in (lambda: str("x", "utf-8"), lambda: str(b"\xff", "utf-8"), lambda: str(1, "utf-8")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(repr(str(b"\xff", "utf-8", "replace")), str(b"\xff", errors="ignore") == "")
print(str(list("abc")), str(range(3)), str(slice(1)), str(frozenset()), str(set()), str({}), str(()), str([]))
