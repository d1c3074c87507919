class P:
    def __init__(self):
        self.a = 1
        self.b = 2
p = P()
print(p.__dict__, vars(p) is p.__dict__)
p.__dict__["c"] = 3
print(p.c, list(vars(p)))
del p.__dict__["a"]
print(hasattr(p, "a"))
p.__dict__ = {"fresh": True}
print(p.fresh, vars(p))
try:
    p.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)
for i in range(5):
    setattr(p, f"attr{i}", i)
print(list(vars(p)))
q = P()
q.z = 0
del q.a
q.a = "re-added"
print(list(vars(q)))
