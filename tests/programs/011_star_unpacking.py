first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
(a, *b), c = (1, 2, 3), 4
print(a, b, c)
print([*range(3), *"ab", *(9,)])
print((*[1, 2], 3), {*[1, 2], 2, 3})
print({**{"a": 1}, "b": 2, **{"a": 3}})
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), x=1, **{"y": 2}))
try:
    a, *b, c = [1]
except ValueError as e:
    print(type(e).__name__, e)
for x, *y in [(1, 2, 3), (4,)]:
    print(x, y)
*s, = "xyz"
print(s)
