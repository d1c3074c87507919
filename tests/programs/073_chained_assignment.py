a = b = c = 5
print(a, b, c)
x = y = []
x.append(1)
print(y, x is y)
i = l = [0, 0, 0]
i[0] = 9
print(l)
log = []
class D(dict):
    def __setitem__(self, k, v):
        log.append(k)
        super().__setitem__(k, v)
d = D()
d["first"] = d["second"] = 1
print(log)
p, q = r = (1, 2)
print(p, q, r)
m = [0, 0]
k = 0
k = m[k] = 1
print(k, m)
