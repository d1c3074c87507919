print(sorted([3, 1, 2]), sorted("bca"), sorted((3, 1)), sorted({2: 0, 1: 0}), sorted({9, 7, 8}), sorted([]), sorted(range(3), reverse=True))
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a")]), sorted([-3, 2, -1], key=abs), sorted([1.5, 1, True, 0]))
data = [("ann", 30), ("bob", 25), ("cy", 30), ("dee", 25)]
print(sorted(data, key=lambda p: p[1]), sorted(data, key=lambda p: p[1], reverse=True), sorted(data, key=lambda p: (-p[1], p[0])))
try:
    sorted([1, 2], cmp=lambda a, b: 0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([3, None, 1])
except TypeError as e:
    print(type(e).__name__, e)
l = [3, 1, 2]
s = sorted(l)
print(l, s, s is not l, sorted(l, key=None))
