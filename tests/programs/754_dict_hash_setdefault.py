# dict details: __hash__ results kept as is, setdefault's single lookup, update of a source
# mutated by __eq__ (CPython 3.11).


class StrSub(str):
    pass


class Key3:
    def __hash__(self):
        return hash("key3")

    def __eq__(self, other):
        return isinstance(other, Key3) or isinstance(other, str) and other == "key3"


k1, k2 = StrSub("key3"), Key3()
print("hash(Key3()) == hash('key3'):", hash(k2) == hash("key3"))
for d in ({"key1": 42, k1: 44}, {"key1": 42, k2: 44}):
    print([d.get(k) for k in (k1, k2, "key3")], "key3" in d)


class H:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in (-1, -2, 0, 2 ** 61 - 1, 2 ** 61, 2 ** 63 - 1, 2 ** 63, -2 ** 63, 2 ** 64, -2 ** 100):
    print("__hash__ ->", h, "hash() ->", hash(H(h)))


class Hashed:
    def __init__(self):
        self.hash_count = 0
        self.eq_count = 0

    def __hash__(self):
        self.hash_count += 1
        return 42

    def __eq__(self, other):
        self.eq_count += 1
        return id(self) == id(other)


h1, h2 = Hashed(), Hashed()
y = {h1: 5}
y.setdefault(h2, [])
print("setdefault counts:", h1.hash_count, h2.hash_count, h1.eq_count + h2.eq_count)
print("setdefault existing:", y.setdefault(h1, 0), "new default:", {}.setdefault("a"))


class X:
    def __hash__(self):
        return 0

    def __eq__(self, o):
        other.clear()
        return False


other = dict([(i, 0) for i in range(1, 100)])
other[X()] = 0
d = {X(): 0, 1: 1}
try:
    d.update(other)
except RuntimeError as e:
    print("update:", e)
