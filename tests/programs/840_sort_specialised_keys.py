# list.sort / sorted with keys of one exact type (int, float, str, tuple) and mixes of them:
# stability, reverse, big ints, NaN, -0.0, astral strings, key errors, mutation during sort.
from functools import cmp_to_key
from operator import itemgetter, attrgetter

rows = [(i % 7, "abcdefg"[(i * 3) % 7], (i * 37) % 11, i) for i in range(60)]
print([r[3] for r in sorted(rows, key=itemgetter(0))][:20])
print([r[3] for r in sorted(rows, key=itemgetter(1, 0))][:20])
print([r[3] for r in sorted(rows, key=itemgetter(2), reverse=True)][:20])
print([r[3] for r in sorted(rows)][:20])
print([r[3] for r in sorted(rows, reverse=True)][:20])

# ints: small and big, equal keys keep their order
vals = [5, 2**70, -3, 2, -2**65, 5, 0, 2]
print(sorted(vals))
print(sorted(range(20), key=lambda i: i % 3))
print(sorted(range(20), key=lambda i: i % 3, reverse=True))
print(sorted([True, 2, False, 1]))

# floats: -0.0 and 0.0 are equal, so stable order shows which came first
fl = [0.0, -0.0, 1.5, -2.5, 0.0, -0.0]
print(sorted(fl), sorted(fl, reverse=True))
nan = float("nan")
print(sorted([3.0, 1.0, 2.0], key=lambda x: x))
print(len(sorted([nan, 1.0, nan, 0.5])))
print(sorted([1, 2.5, 0, -1.5, 3]))

# strs: ASCII, BMP, astral (code point order, not UTF-16 order)
strs = ["b", "a", "\U0001F600", "\uffff", "ab", "", "\u00e9", "A", "\U00010000"]
print([hex(ord(s[0])) if s else "" for s in sorted(strs)])
print(sorted(["pear", "Apple", "fig", "apple"], key=str.lower))
print(sorted(["bb", "a", "ccc", "dd", "e"], key=len))

# tuples: equal prefixes, different lengths, mixed item types, nested tuples
tups = [(1, "b"), (1, "a"), (0, "z"), (1,), (1, "a", 0), (0, "z", -1), ((1, 2), 0)[0:1] + (0,)]
print(sorted([t for t in tups if isinstance(t[0], int)]))
print(sorted([(1, 2.5), (1, 2), (1, -1.0), (0, 10)]))
print(sorted([((1, 2), "x"), ((1, 1), "y"), ((0, 9), "z")]))
print(sorted([(nan, 1), (nan, 0)], key=lambda t: t[1]))

# mixed key types fall back to rich comparison (and its errors)
try:
    sorted([1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    sorted([(1, 2), (1, "a")])
except TypeError as e:
    print("TypeError", e)

# key function errors leave the list intact
data = [3, 1, 2]
def bad(x):
    if x == 2:
        raise ValueError("bad key")
    return x
try:
    data.sort(key=bad)
except ValueError as e:
    print("ValueError", e, data)

# mutation during sort
lst = [3, 1, 2]
def mutating(x):
    lst.append(x)
    return x
try:
    lst.sort(key=mutating)
except ValueError as e:
    print("ValueError", e)

# user classes with __lt__ only
class P:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v < other.v
    def __repr__(self): return "P(%r)" % self.v
print(sorted([P(3), P(1), P(2)]))
print(sorted([P(3), P(1), P(2)], key=attrgetter("v"), reverse=True))

# cmp_to_key with int, bool, float and negative results
print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda a, b: a - b)))
print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda a, b: b - a)))
print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda a, b: (a > b) - (a < b))))
print(sorted([5, 1, 4, 2], key=cmp_to_key(lambda a, b: float(a - b) / 2)))
print(sorted(["x", "yy", "z"], key=cmp_to_key(lambda a, b: 2**80 * (len(a) - len(b)))))

# subclasses of str/int/tuple sort by their own comparisons
class RevInt(int):
    def __lt__(self, other): return int(self) > int(other)
print(sorted([RevInt(1), RevInt(3), RevInt(2)]))
class S(str): pass
print(sorted([S("b"), S("a"), "c"]))
