# Inplace operators and number right operands on Python classes in hot loops: `+=` falling back to
# __add__, a class with __iadd__, bool and big int right operands, a subclass on the right that does
# or does not override the reflected method, exceptions from inside a dunder.

class M:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, M):
            return M(self.v + o.v)
        return M(self.v + o)

    def __truediv__(self, o):
        return M(self.v / o)

    def __mod__(self, o):
        return M(self.v % o)

    def __radd__(self, o):
        return "M.radd"


class I(M):
    def __iadd__(self, o):
        self.v += 100
        return self


class R(M):
    def __radd__(self, o):
        return R(-1)


class S(M):
    pass


def inplace(n):
    a = M(0)
    b = I(0)
    for i in range(n):
        a += 1 if i % 3 else True
        a += M(2)
        b += M(1)
    return a.v, b.v, type(a).__name__, type(b).__name__


def bigs(n):
    a = M(0)
    for i in range(n):
        a = a + (10 ** 20 if i % 100 == 99 else i)
    return a.v


def subclasses(n):
    out = []
    for i in range(n):
        rhs = R(1) if i % 10 == 9 else (S(1) if i % 10 == 8 else M(1))
        r = M(i) + rhs
        out.append(r.v)
    return out[-12:]


def raising(n):
    out = []
    for i in range(n):
        d = 0 if i % 250 == 249 else 2
        try:
            out.append((M(i) / d).v)
        except ZeroDivisionError as e:
            tb = e.__traceback__
            lines = []
            while tb is not None:
                lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
                tb = tb.tb_next
            out.append((str(e), lines))
    return [x for x in out if not isinstance(x, float)], sum(x for x in out if isinstance(x, float))


def mods(n):
    t = 0.0
    for i in range(n):
        t += (M(float(i)) % 7).v + (M(i) % 5.5).v
    return t


print(inplace(900))
print(bigs(600))
print(subclasses(300))
print(raising(1000))
print(mods(700))
