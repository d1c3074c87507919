print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("xy", start=-2)))
e = enumerate(["a", "b"])
print(type(e).__name__, next(e), next(e), next(e, "end"))
print(list(enumerate(range(3), 2 ** 64)), dict(enumerate("pq")))
for i, (a, b) in enumerate(zip("ab", "cd")):
    print(i, a, b)
try:
    enumerate(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    enumerate("a", 1.5)
except TypeError as e:
    print(type(e).__name__, e)
