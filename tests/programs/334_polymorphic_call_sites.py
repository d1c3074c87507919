class A:
    def f(self, x):
        return x + 1
class B:
    def f(self, x):
        return x * 2
class C(A):
    def f(self, x):
        return super().f(x) * 10
objs = [A(), B(), C(), B(), A()]
out = []
for i in range(50):
    out.append(objs[i % 5].f(i))
print(out[:10], sum(out))
def g(x):
    return x - 1
vals = []
for i in range(100):
    if i == 50:
        def g(x):
            return x + 1000
    vals.append(g(i))
print(vals[48:52])
results = []
for i in range(60):
    if i == 20:
        len = lambda s: -1
    if i == 40:
        del len
    results.append(len("abc"))
print(results[18:22], results[38:42])
def poly(a, b):
    return a + b
print([poly(1, 2), poly(1.5, 2), poly("a", "b"), poly([1], [2]), poly(2 ** 70, 1), poly(True, True), poly((1,), (2,))])
acc = 0
for v in [1, 2.5, 3, 2 ** 65, -4, 0.5, True]:
    acc = acc + v
print(acc)
fns = [abs, str, lambda v: v * 3, float, bool, repr]
print([fn(-2) for fn in fns])
