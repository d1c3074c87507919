data = [("a", 1, [10, 20]), ("b", 2, [30, 40])]
for name, n, (x, y) in data:
    print(name, n, x, y)
[a, [b, c]] = [1, (2, 3)]
print(a, b, c)
(a, b), (c, d) = "xy", "zw"
print(a, b, c, d)
obj = type("O", (), {})()
obj.a, obj.b = 1, 2
print(obj.a, obj.b)
l = [0] * 4
l[0], l[1:3] = "X", ["Y", "Z"]
print(l)
d = {}
d["a"], d["b"] = d["c"] = (1, 2)
print(d)
i = 0
items = [0, 0]
i, items[i] = 1, 5
print(i, items)
head, *tail = iter(range(4))
print(head, tail)
a, b, *c = {1: 0, 2: 0, 3: 0}
print(a, b, c)
