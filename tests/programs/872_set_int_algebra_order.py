# Set algebra between int sets: results and their iteration order (table order) as CPython's,
# with dummies left by removals, -1/-2 (same hash), big ints that leave the int strategy,
# frozensets, subset tests, and in-place forms.
import random

rng = random.Random(872)


def show(tag, s):
    print(tag, type(s).__name__, len(s), list(s)[:25])


base = [set(rng.sample(range(-300, 3000), 400)) for _ in range(4)]
fz = [frozenset(range(0, 5000, k)) for k in (2, 3, 7)]
a, b, c, d = base
show("and", a & b)
show("and2", b & a)
show("or", a | c)
show("sub", a - b)
show("sub2", fz[0] - a)
show("xor", a ^ c)
show("xor2", fz[1] ^ a)
show("fz and", fz[0] & fz[1])
show("fz or", fz[2] | a)
print((fz[0] & fz[1]) <= fz[0], (fz[0] & fz[1]) <= fz[2], a <= a | b, a < a, a >= (a & b))
print(a.isdisjoint(b), fz[0].issubset(fz[1]), fz[2].issuperset(frozenset([0, 7, 14])))

# removals leave dummies that adds reuse
e = set(range(100))
for x in range(0, 100, 3):
    e.discard(x)
show("dummies", e)
show("dummies and", e & a)
show("dummies or", e | set(range(90, 140)))
show("dummies xor", e ^ set(range(50, 60)))
show("dummies sub", set(range(200)) - e)
f = set(e)
f |= {-1, -2, 1000, 2 ** 40}
show("ior", f)
f &= set(range(-5, 50))
show("iand", f)
f ^= {1, 2, 3, -1, -2}
show("ixor", f)
f -= {5, 7}
show("isub", f)
print(hash(-1) == hash(-2), {-1} & {-2}, {-1, -2} - {-2}, {-1} ^ {-2}, {-2} | {-1})

# big ints and mixed keys force the object strategy on one side
g = set(range(50)) | {2 ** 70, -(2 ** 65)}
show("big or", g)
show("big and", g & set(range(0, 100, 2)))
show("big and2", set(range(0, 100, 2)) & g)
show("big sub", set(range(60)) - g)
show("big xor", set(range(45, 55)) ^ g)
show("mixed", {1, 2, 3, "a", 2.0} & set(range(5)))
print({True, 2} & {1, 2}, {1.0, 2} | {1}, {0} ^ {False, 0.0})

# larger tables: resize paths during | and ^
h = set(rng.sample(range(100000), 20000))
k = set(rng.sample(range(100000), 20000))
for r in (h | k, h & k, h - k, h ^ k, k - h):
    print(len(r), sum(list(r)[:1000]), list(r)[:5])
print(len(set().union(h, k, range(5))), (h & k) <= h, (h | k) >= k)


class Tricky(int):
    def __eq__(self, other):
        return int(self) == int(other)

    def __hash__(self):
        return int(self)


t = {Tricky(3), Tricky(4)}
print(sorted(t & set(range(10))), sorted(set(range(10)) & t), sorted(set(range(6)) - t), sorted(t ^ {4, 5}))
