class Default(dict):
    def __missing__(self, key):
        self[key] = value = len(self)
        return value
d = Default()
print(d["a"], d["b"], d["a"], d, d.get("zz"), "zz" in d)
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in "mississippi":
    c[ch] += 1
print(sorted(c.items()))
class Strict(dict):
    def __missing__(self, key):
        raise KeyError(f"no {key!r} here")
try:
    Strict()["k"]
except KeyError as e:
    print(type(e).__name__, e)
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["a"] = 1
u.update(b=2)
print(u, Upper(c=3), dict(u))
class Keys(dict):
    def keys(self):
        return ["x"]
    def __getitem__(self, k):
        return "from getitem"
print(dict(Keys(x=1)), {**Keys(x=1)})
