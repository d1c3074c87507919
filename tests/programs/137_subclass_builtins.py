class MyInt(int):
    def __repr__(self):
        return f"MyInt({int(self)})"
a = MyInt(5)
print(a, a + 1, type(a + 1).__name__, a * 2, -a, isinstance(a, int), a == 5, hash(a) == hash(5), str(a), f"{a}", f"{a!r}")
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hey")
print(s, s.shout(), type(s + "x").__name__, type(s.upper()).__name__, s == "hey", repr(s), len(s), s[0], type(s[0]).__name__)
class MyList(list):
    def __init__(self, *a):
        super().__init__(a)
    def total(self):
        return sum(self)
m = MyList(1, 2, 3)
m.append(4)
print(m, m.total(), type(m[:2]).__name__, type(m + [1]).__name__, len(m), m == [1, 2, 3, 4], repr(m))
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k.lower())
d = MyDict(a=1)
print(d["A"], d.get("A"), d, type(d.copy()).__name__, isinstance(d, dict))
class MyTuple(tuple):
    def __new__(cls, *a):
        return super().__new__(cls, a)
t = MyTuple(1, 2)
print(t, type(t).__name__, t[0], t + (3,), type(t + (3,)).__name__)
class MyFloat(float):
    pass
print(MyFloat(1.5), MyFloat(1.5) + 1, type(MyFloat(2) * 2).__name__, repr(MyFloat("3.25")))
class Attr(int):
    pass
x = Attr(3)
x.note = "has dict"
print(x, x.note, vars(x))
class MySet(set):
    pass
print(MySet([3, 1]), type(MySet([1]) | {2}).__name__, MySet() == set())
class MyBytes(bytes):
    pass
print(MyBytes(b"ab"), type(MyBytes(b"ab")[0:1]).__name__)
