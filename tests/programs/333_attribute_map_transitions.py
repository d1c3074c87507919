class P:
    pass
objs = []
for i in range(300):
    o = P()
    if i % 3 == 0:
        o.a = i; o.b = -i
    elif i % 3 == 1:
        o.b = -i; o.a = i
    else:
        o.a = i
        o.c = "c"
    if i % 50 == 0:
        o.__dict__["late"] = True
    objs.append(o)
total = 0
for o in objs:
    total += o.a + getattr(o, "b", 0)
print(total, [list(vars(o)) for o in objs[:4]], sum(1 for o in objs if hasattr(o, "late")))
for o in objs[::7]:
    del o.a
print(sum(1 for o in objs if not hasattr(o, "a")), list(vars(objs[0])), list(vars(objs[7])))
class Q:
    x = 1
    def get(self):
        return self.x
q = Q()
res = []
for i in range(100):
    if i == 40:
        Q.x = 2
    if i == 60:
        q.x = 3
    if i == 80:
        del q.x
    if i == 90:
        Q.get = lambda self: -self.x
    res.append(q.get())
print(res[38:42], res[58:62], res[78:82], res[88:92], res[-1])
class R:
    __slots__ = ("v",)
rs = [R() for _ in range(5)]
for i, r in enumerate(rs):
    if i % 2:
        r.v = i
print([getattr(r, "v", None) for r in rs])
