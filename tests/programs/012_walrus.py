data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long list", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
vals = iter([3, 2, 1, 0, 5])
while (v := next(vals)) != 0:
    print("v", v)
def f():
    total = 0
    results = [total := total + x for x in range(5)]
    return results, total
print(f())
print((z := 10) + z)
print([(w := i) for i in range(3)], w)
def g(a):
    return [a := a + 1 for _ in range(3)], a
print(g(10))
