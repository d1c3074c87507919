a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (1, 2), 3
print(x, y, z)
[p, q] = "pq"
print(p, q)
a = b = c = [0]
print(a is c)
i, j, k = range(3)
print(i, j, k)
d = {"k1": 1, "k2": 2}
k1, k2 = d
print(k1, k2)
for (m, n) in zip("ab", [1, 2]):
    print(m, n)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
try:
    a, b = 5
except TypeError as e:
    print(type(e).__name__, e)
l = [0, 0, 0]
l[0], l[2] = 7, 9
print(l)
