from_here = []
class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
vs = [Version(s) for s in ("1.10", "1.2", "1.2.1", "0.9")]
print(sorted(vs), max(vs), min(vs))
a, b = Version("1.0"), Version("2.0")
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(Version("1.0") == Version("1.0"), Version("1.0") != Version("1.0"))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print(f"eq({self.v},{o.v})")
        return self.v == o.v
print(Cmp(1) in [Cmp(0), Cmp(1), Cmp(2)])
print([1, 2] == [1, 2], [1, 2] < [1, 2, 0], (1, "a") < (1, "b"))
try:
    [1] < ["a"]
except TypeError as e:
    print(e)
try:
    None < 1
except TypeError as e:
    print(e)
try:
    {1} < 2
except TypeError as e:
    print(e)
class NoHash:
    def __eq__(self, o):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(e)
print(NoHash.__hash__)
nan = float("nan")
l = [nan]
print(nan == nan, nan in l, l == [nan], l.count(nan), [float("nan")] == [float("nan")])
