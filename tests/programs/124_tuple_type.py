t = (1, "two", 3.0, [4], (5,))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], t.index(3.0), t.count(1), 1 in t)
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"a": 1}))
print((1, 2) + (3,), (0,) * 3, 2 * ("a", "b"), (1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 99))
a, b = divmod(7, 2)
print(a, b, type(divmod(7, 2)).__name__)
t[3].append(5)
print(t)
try:
    t[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(t)
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index(99)
except ValueError as e:
    print(type(e).__name__, e)
try:
    (1, 2) + [3]
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2, 3)), hash(()), hash((1,)), hash(((1, 2), (3, 4))), hash((1, 2.0, "")) == hash((1, 2, "")))
print(repr((1,)), repr(((),)), str(("a", 'b"')), tuple.__name__)
x = 1, 2
y = 3,
print(x, y, (x, y))
