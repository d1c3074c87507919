print(list(zip("abc", [1, 2, 3])), list(zip("ab", range(5))), list(zip()), list(zip([1, 2])), list(zip("a", "b", "c")))
print(dict(zip(["x", "y"], (1, 2))), list(zip(*[(1, "a"), (2, "b")])), [list(t) for t in zip(*[[1, 2, 3], [4, 5, 6]])])
z = zip([1], [2])
print(type(z).__name__, next(z), next(z, "end"))
print(list(zip("ab", "cd", strict=True)))
for args in (("ab", "abc"), ("abc", "ab"), ("a", "a", "ab")):
    try:
        list(zip(*args, strict=True))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    zip(1)
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    for i in range(3):
        print("gen", i)
        yield i
print(list(zip(gen(), "ab")))
