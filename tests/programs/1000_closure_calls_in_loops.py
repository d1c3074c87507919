# Closures called from hot loops (the JIT inlines calls of functions with free variables),
# functions called from C# (sorted's key, cmp_to_key, map, Class(...)) whose frames are recycled.
import sys
from functools import cmp_to_key


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count
    return bump


one = make_counter(3)
total = 0
for i in range(3000):
    total += one()
print("monomorphic", total, one())

counters = [make_counter(k) for k in range(1, 6)]
acc = 0
for _ in range(800):
    for c in counters:
        acc += c()
print("polymorphic", acc, [c() for c in counters])


def outer():
    scale = 2

    def f(x):
        if x % 97 == 0:
            return x * scale + 0.5  # a float now and then: guards fail inside the inlined closure
        return x * scale
    s = 0
    for i in range(2000):
        s += f(i)
    scale = 5  # the cell changes: the inlined code reads it through the cell
    for i in range(2000):
        s += f(i)
    return s


print("outer", outer())


def late():
    def g():
        return v  # unbound until assigned below
    out = []
    for i in range(1500):
        try:
            out.append(g())
        except NameError as e:
            out.append(str(e))
            v = i
    return out[0], out[1], out[-1], len(out)


print("late", late())


def frames():
    seen = []

    def key(x):
        seen.append(sys._getframe().f_code.co_name)
        return -x
    r = sorted(range(50), key=key)
    return r[:3], len(seen), set(seen)


print("frames", frames())


def keyerr():
    def key(x):
        if x == 777:
            raise ValueError("bad key %d" % x)
        return x
    for attempt in range(3):
        try:
            sorted(range(1000), key=key)
        except ValueError as e:
            print("keyerr", attempt, e)
    return sorted(range(10), key=key)


print(keyerr())


def cmp(a, b):
    return (a[1] > b[1]) - (a[1] < b[1])


data = [(i, (i * 37) % 11) for i in range(500)]
print("cmp", sorted(data, key=cmp_to_key(cmp))[:8])


class P:
    def __init__(self, x):
        self.x = x


ps = [P(i) for i in range(2000)]
print("init", sum(p.x for p in ps))
print("map", sum(map(lambda v: v * 2, range(3000))))


def rec(n):
    return 0 if n == 0 else 1 + max(map(rec, [n - 1]))


print("rec", rec(50))
tb_frames = []


def boom(x):
    if x == 5:
        raise KeyError(x)
    return x


for i in range(10):
    try:
        list(map(boom, range(i + 1)))
    except KeyError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        tb_frames.append(tb.tb_frame)
print("tb", [f.f_locals["x"] for f in tb_frames])
