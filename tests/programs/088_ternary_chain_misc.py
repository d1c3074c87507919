def sign(x):
    return -1 if x < 0 else (0 if x == 0 else 1)
print([sign(v) for v in (-3, 0, 9)])
xs = [3, 1, 2]
xs.sort(); print(xs)
ys = sorted(xs, reverse=True); print(ys)
a, b = (1, 2) if xs else (3, 4)
print(a, b)
print(*(i for i in range(3)))
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
print(tuple([1]), tuple(), 1,)
result = [
    x
    for x in range(10)
    if x % 2 == 0
]
print(result)
