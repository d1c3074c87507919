# subclasses of bytes/bytearray/str, iterators, dir() of the text types
class B(bytes):
    def hello(self):
        return b"hi " + self
b = B(b"xyz")
print(b, type(b).__name__, b.hello(), isinstance(b, bytes), b.upper(), type(b.upper()).__name__, len(b), b == b"xyz", hash(b) == hash(b"xyz"))
b.attr = 5
print(b.attr, B(), B(3), B([65]), B("é", "utf-8"), bytes(b), type(bytes(b)).__name__)
class BA(bytearray):
    pass
a = BA(b"abc")
a.append(100)
print(a, type(a).__name__, BA.fromhex("4142"), type(BA.fromhex("41")).__name__, type(a.copy()).__name__, type(a[1:]).__name__)
class S(str):
    pass
s = S("Hello World")
print(s.lower(), type(s.lower()).__name__, s.split(), s.find("W"), s.encode(), S("x") + "y", type(S("x") + "y").__name__)
print(type(s.strip()).__name__, type(S("a").center(1)).__name__, type(S("ab").removeprefix("x")).__name__, S(b"q", "ascii"), type(S(b"q", "ascii")).__name__)
print(bytes.fromhex("41"), B.fromhex("4142"), type(B.fromhex("41")).__name__)
it = iter(b"ab")
print(type(it).__name__, it.__length_hint__(), next(it), list(it), type(iter(bytearray())).__name__, list(reversed(b"abc")))
ba = bytearray(b"abcd")
it2 = iter(ba)
print(next(it2), next(it2))
del ba[2:]
print(list(it2), ba)
print([m for m in dir(str) if not m.startswith("__") and not m.startswith("format")])
print([m for m in dir(bytes) if not m.startswith("__")])
print([m for m in dir(bytearray) if not m.startswith("__")])
print([m for m in dir(memoryview) if not m.startswith("__")])
print(callable(str.maketrans), bytes.maketrans is not None, bytearray.maketrans(b"a", b"b")[97])
