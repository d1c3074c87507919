print({x: x ** 2 for x in range(6)})
print({k: v for k, v in zip("abc", range(3)) if v != 1})
print({x % 5 for x in range(20)})
print({(x, y): x * y for x in range(2) for y in range(2)})
words = ["apple", "bob", "cat", "axe"]
print({w[0]: w for w in words})
print(sorted({len(w) for w in words}))
d = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(d)
print({i: [j for j in range(i)] for i in range(4)})
