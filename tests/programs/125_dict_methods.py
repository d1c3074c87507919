d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], d.get("z"), d.get("z", 0), "a" in d, 1 in d)
print(d.setdefault("a", 100), d.setdefault("d", 4), d)
print(d.pop("b"), d.pop("zz", "default"), d)
print(d.popitem(), d)
d.update({"x": 9}, y=8)
d.update([("p", 1), ("q", 2)])
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
c = d.copy()
c["a"] = "changed"
print(d["a"], c["a"])
c.clear()
print(c, dict.fromkeys("abc"), dict.fromkeys([1, 2], []))
for bad in (lambda: d["missing"], lambda: {}.popitem(), lambda: d.pop("missing"), lambda: {[]: 1}, lambda: d.update(1), lambda: d.update([1]), lambda: dict([(1, 2, 3)])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(dict(a=1, b=2), dict([("k", "v")]), dict({"x": 1}, y=2), dict(zip("ab", range(2))), dict())
print({1: "a"} == {1: "a"}, {1: "a", 2: "b"} == {2: "b", 1: "a"}, {} == {}, {1: 1} != {1: 2})
print(d.__contains__("x"), d.__getitem__("x"), d.__len__(), dict.get(d, "y"), {}.get(1, 2))
rev = reversed({"a": 1, "b": 2, "c": 3})
print(list(rev), list(reversed({1: 2}.items())), list(reversed({1: 2}.values())))
