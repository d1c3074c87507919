s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), repr(slice("a", "b")))
print(s.indices(5), slice(None, None, -1).indices(10), slice(-3, None).indices(10), slice(-100, 100).indices(4))
l = list(range(10))
print(l[s], l[slice(None, None, -2)], "abcdef"[slice(2, None)], (1, 2, 3)[slice(-2, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, 3) < slice(1, 2, 4))
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    hash(slice(1))
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
print(l[slice(2, 8)][slice(1, None, 2)], l[::3], l[-1:-5:-1], l[5:100:-1], l[100::-3])
l[slice(0, 2)] = ["x", "y", "z"]
print(l)
