# __hash__ results that fit in a machine word are the hash as is (a key hashing like a str finds
# the str's entry); ** unpacking of a mapping whose iteration order is its own follows that order.
from collections import OrderedDict


class LikeStr:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        return other == self.s


for word in ["key3", "alpha", "beta", "gamma", "a much longer key than the others"]:
    d = {"x": 1, word: 2}
    print(word, d.get(LikeStr(word)), LikeStr(word) in d, LikeStr(word) in {word})


class Big:
    def __init__(self, h):
        self.h = h

    def __hash__(self):
        return self.h


for h in [0, 1, -1, -2, 2**61 - 1, 2**61, 2**62, -2**63, 2**63 - 1, 2**63, 2**64 + 5, -2**64 - 7, 10**30]:
    print(h, hash(Big(h)), hash(Big(h)) == hash(h) if h != -1 else "minus one")

od = OrderedDict(a=1, b=2, c=3)
od.move_to_end("a")


def f(**kw):
    return kw


print(f(**od), {**od}, dict(od), list(od))
d = {}
d.update(od)
print(d)


class Backwards(dict):
    def __iter__(self):
        return reversed(list(super().__iter__()))

    def keys(self):
        return list(self)


b = Backwards(x=1, y=2, z=3)
print(f(**b), {**b})
