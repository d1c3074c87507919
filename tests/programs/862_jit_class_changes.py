# Hot loops over inlined __init__ and dunders while the classes change under them: methods replaced
# on the class, __class__ assigned, __init__ replaced, a base class modified.

class Base:
    def scale(self):
        return 2


class A(Base):
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return A(self.v + o.v * self.scale())

    def __sub__(self, o):
        return A(self.v - o.v)


class B(A):
    def __add__(self, o):
        return A(1000)


def run(n):
    acc = A(0)
    log = []
    for i in range(n):
        if i == 300:
            A.__add__ = lambda self, o: A(self.v + 1)
        if i == 600:
            del A.__add__
            A.__add__ = lambda self, o: A(self.v + 2)
        if i == 900:
            Base.scale = lambda self: 3
            def add3(self, o):
                return A(self.v + o.v * self.scale())
            A.__add__ = add3
        if i == 1200:
            acc.__class__ = B
        if i == 1201:
            acc.__class__ = A
        if i == 1500:
            def init2(self, v):
                self.v = -v
            A.__init__ = init2
        acc = acc + A(1)
        if i % 150 == 0:
            log.append(acc.v)
    return acc.v, log


print(run(2000))


class C:
    def __init__(self, x):
        self.x = x

    def __mul__(self, k):
        return C(self.x * k)


def muls(n):
    out = 0
    for i in range(n):
        if i == 500:
            C.__mul__ = lambda self, k: "changed"
        r = C(i) * 2
        out += r.x if isinstance(r, C) else 1000000
    return out


print(muls(1000))


def init_swap(n):
    t = 0
    for i in range(n):
        if i == 400:
            C.__init__ = lambda self, x: None
        c = C(i)
        t += getattr(c, "x", -1)
    return t


print(init_swap(800))
