data = [5, 3, 9, 1, 5, 7, 2, 8, 0, 6, 4]
a = data.copy(); a.sort(); print(a)
a.sort(reverse=True); print(a)
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "z"), (1, "a"), (0, "a")]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[1], reverse=True))
stab = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(stab, key=lambda t: t[1]), sorted(stab, key=lambda t: t[1], reverse=True))
print(sorted([3.5, 1, -2, 2.25, True]), sorted("hello"), sorted({3: 1, 1: 2}), sorted((x for x in [2, 1])))
try:
    [1, "a"].sort()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], key=lambda x: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
l = [3, 2, 1]
def key(x):
    return x
l.sort(key=key)
print(l)
try:
    l.sort(lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
big = [(i * 7919) % 1000 for i in range(1000)]
print(sorted(big)[:10], sorted(big)[-3:], sorted(big) == sorted(sorted(big)))
class K:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"K{self.v}"
print(sorted([K(3), K(1), K(2)]), max([K(3), K(5)], key=lambda k: k.v))
m = [1, 2, 3]
def mut(x):
    m.append(x)
    return x
try:
    m.sort(key=mut)
except ValueError as e:
    print(type(e).__name__, e)
