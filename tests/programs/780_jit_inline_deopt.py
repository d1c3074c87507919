# Guards failing inside inlined calls: type changes, branches, overflow, nested callees.

def add(a, b):
    return a + b

def scale(x, k=3):
    return x * k

def pick(x):
    if x % 7 == 0:
        return -x
    return x

def outer(x):
    return add(pick(x), scale(x))

def run_types():
    total = 0
    out = []
    for i in range(3000):
        v = i
        if i == 2000:
            v = 2.5          # add/scale now see a float: guard inside the callee fails
        if i == 2500:
            v = 10 ** 30     # overflow path (big ints)
        r = outer(v) if not isinstance(v, float) else add(v, scale(v))
        total += r if isinstance(r, int) else int(r)
        if i % 500 == 0:
            out.append(r)
    print(total)
    print(out)

def strs(a, b):
    return a + b

def run_str():
    acc = 0
    for i in range(2000):
        if i < 1500:
            acc = add(acc, i)
        else:
            s = strs(str(i), "x")
            acc = add(acc, len(s))
    print(acc)

class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dot(self, o):
        return self.x * o.x + self.y * o.y
    def norm2(self):
        return self.dot(self)

def run_methods():
    vs = [Vec(i, i + 1) for i in range(50)]
    t = 0
    for k in range(60):
        for v in vs:
            t += v.norm2()
    vs[10].x = 1.5
    for k in range(60):
        for v in vs:
            t += v.norm2()
    print(t)

def deep3(x):
    return x - 1 if x > 0 else x + 1
def deep2(x):
    return deep3(x) * 2
def deep1(x):
    return deep2(x) + deep2(-x)

def run_deep():
    s = 0
    for i in range(-1500, 1500):
        s += deep1(i)
    print(s)

run_types()
run_str()
run_methods()
run_deep()
