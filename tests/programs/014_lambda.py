sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10, *args, c=1, **kw: (a, b, args, c, kw)
print(add(1), add(1, 2, 3, 4, c=5, d=6))
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print((lambda: 42)())
print(list(map(lambda x, y: x + y, [1, 2], [10, 20])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(12) + "!")
fs = [lambda i=i: i * 10 for i in range(3)]
print([f() for f in fs])
print((lambda *a: a)(1, 2), (lambda **k: sorted(k.items()))(b=1, a=2))
print((lambda x, /, y: x - y)(5, y=2))
