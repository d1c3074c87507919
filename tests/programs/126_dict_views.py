d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(len(k), "a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i)
d["d"] = 4
print(list(k), list(v), list(i))
print(k == {"a", "b", "c", "d"}, k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(i & {("a", 1)}, sorted(i - {("a", 1)}), k.isdisjoint({"x"}), k <= {"a", "b", "c", "d", "e"})
print(k.mapping if hasattr(k, "mapping") else "", type(k).__name__, type(v).__name__, type(i).__name__)
try:
    for key in d:
        d["new"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
d2 = {1: 1, 2: 2}
try:
    for key in d2:
        del d2[key]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d2)
print(v == v, {1: 1}.values() == {1: 1}.values(), {1: 2}.items() == {(1, 2)}, {1: 2}.keys() == [1])
print(list(reversed(d.keys())), list(reversed(d.items()))[:2])
