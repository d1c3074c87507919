# Set and dict comprehensions in hot loops (SET_ADD / MAP_ADD are traced as calls): hashing that
# raises in the middle, Python __hash__/__eq__, duplicate keys, order of insertion.


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Key.calls += 1
        return hash(self.v % 50)

    def __eq__(self, other):
        return isinstance(other, Key) and self.v % 50 == other.v % 50

    def __repr__(self):
        return "Key(%d)" % self.v


counts = {}
for i in range(5000):
    cell = (i % 61, i % 7)
    counts[cell] = counts.get(cell, 0) + 1
live = {c for c, n in counts.items() if n == 12 or (n == 11 and c[0] % 2)}
print(len(live), sorted(live)[:5])

squares = {x: x * x for x in range(3000) if x % 3}
print(len(squares), list(squares.items())[:4], squares[2999])

dups = {x % 17: x for x in range(4000)}
print(dups)

keys = {Key(i) for i in range(2000)}
print(len(keys), Key.calls, sorted(k.v for k in keys)[:5])

for attempt in range(3):
    try:
        bad = {x if x != 1500 else [x] for x in range(2000)}
    except TypeError as e:
        print("set", attempt, e)
    try:
        bad = {(x if x != 1700 else {}): x for x in range(2000)}
    except TypeError as e:
        print("dict", attempt, e)

nested = [{(a, b) for b in range(a % 5)} for a in range(1500)]
print(sum(len(s) for s in nested), nested[7])
inv = {v: k for k, v in {i: str(i) for i in range(2500)}.items()}
print(len(inv), inv["2499"], next(iter(inv)))


class S(set):
    pass


gen = (x % 10 for x in range(3000))
print(sorted({x for x in gen}))
print(sorted(S(x % 5 for x in range(100))))
