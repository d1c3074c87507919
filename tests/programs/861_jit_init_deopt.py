# Class(...) with a Python __init__ in hot loops (the JIT inlines __init__): guards failing inside
# __init__ and inside dunders, exceptions raised there (with their traceback lines), __init__
# returning a value, defaults.

def tb_lines(e):
    out = []
    tb = e.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    return out


class P:
    def __init__(self, x, y=10):
        if x < 0:
            raise ValueError("negative %d" % x)
        self.x = x
        self.y = y
        if x == 7777:
            return 5

    def __mul__(self, k):
        if k == 13:
            return NotImplemented
        return P(self.x * k, self.y)

    def __add__(self, o):
        return P(self.x + o.x, self.y + o.y)


def scale(x):
    return x * 2


class Q:
    def __init__(self, x):
        self.v = scale(x)


def make_many(xs):
    total = 0
    errs = []
    for x in xs:
        try:
            p = P(x)
            total += p.x + p.y
        except (ValueError, TypeError) as e:
            errs.append((type(e).__name__, str(e), tb_lines(e)))
    return total, errs


def mul_many(ks):
    out = []
    for k in ks:
        try:
            out.append((P(1, 2) * k).x)
        except TypeError as e:
            out.append(str(e))
            out.append(tb_lines(e))
    return out


def q_many(xs):
    s = []
    for x in xs:
        s.append(Q(x).v)
    return s


xs = list(range(0, 3000))
xs[2000] = -5
xs[2500] = 7777
print(make_many(xs))
ks = [3] * 2000
ks[1500] = 13
ks[1800] = 2
r = mul_many(ks)
print(sum(v for v in r if isinstance(v, int)), [v for v in r if not isinstance(v, int)])
vals = list(range(2000)) + [1.5, "ab", [1]]
print(q_many(vals)[-5:])


def add_many(n):
    acc = P(0, 0)
    for i in range(n):
        acc = acc + P(i, 1 if i != n - 5 else 1.5)
    return acc.x, acc.y


print(add_many(3000))


class Counter:
    made = 0

    def __init__(self, k):
        Counter.made += 1
        self.k = k


def count(n):
    t = 0
    for i in range(n):
        t += Counter(i).k
    return t, Counter.made


print(count(3000))
