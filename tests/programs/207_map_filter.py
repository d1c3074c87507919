print(list(map(str, [1, 2, 3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b, c: a + b + c, "ab", "cd", "efg")))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(str.isdigit, "a1b2")))
m = map(int, "123")
print(type(m).__name__, next(m), list(m), list(m))
f = filter(None, [])
print(type(f).__name__, list(f))
def noisy(x):
    print("call", x)
    return x * 2
lazy = map(noisy, [1, 2, 3])
print("created")
print(next(lazy))
print(list(map(len, ["a", "bb"])), list(map(lambda *a: a, [1, 2])), list(map(max, [1, 5], [4, 2], [3, 3])))
try:
    map(1, [1])
    list(map(1, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    map(len)
except TypeError as e:
    print(type(e).__name__, e)
