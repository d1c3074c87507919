d = dict.fromkeys(range(5), 0)
while d:
    print(d.popitem(), end=" ")
print()
d = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    d.setdefault(w[0], []).append(w)
print(d)
d2 = {}
print(d2.setdefault("x"), d2, d2.setdefault("x", 5))
inv = {}
for k, v in {"a": 1, "b": 2, "c": 1}.items():
    inv.setdefault(v, []).append(k)
print(inv)
print({}.fromkeys("ab", 1), dict.fromkeys(range(3), "v"), type(dict.fromkeys([])).__name__)
class D(dict): pass
print(type(D.fromkeys([1])).__name__, D.fromkeys([1], 2))
