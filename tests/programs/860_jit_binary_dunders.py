# Binary dunders of Python classes called from hot loops (the JIT inlines the left operand's method):
# results, reflected operands, NotImplemented, subclasses overriding the reflected method.

class V:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        if k == 13:
            return NotImplemented
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(-self.x * k, -self.y * k)

    def __radd__(self, o):
        return ("radd", o)

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)


class W(V):
    __slots__ = ()

    def __radd__(self, o):
        return ("W.radd", type(o).__name__)

    def __rsub__(self, o):
        return "W.rsub"


def loop_plain(n):
    acc = V(0, 0)
    for i in range(n):
        acc = acc + V(i, 1) * 2 - V(1, 0)
    return acc


def loop_mixed(n):
    out = []
    for i in range(n):
        v = V(i, i)
        k = 13 if i % 97 == 96 else (2.5 if i % 50 == 0 else 3)
        try:
            r = v * k
        except TypeError as e:
            r = str(e)
        if i % 40 == 0 or k == 13:
            out.append(r)
    return out


def loop_subclass(n):
    out = []
    for i in range(n):
        a = V(i, 0)
        b = W(1, 1) if i % 30 == 29 else V(1, 1)
        out.append(a + b)
    return [r for r in out if not isinstance(r, V)], out[-2]


def loop_not_impl(n):
    msgs = []
    for i in range(n):
        a = V(i, 0)
        b = 1 if i > n - 3 else V(0, 1)
        try:
            r = a + b
        except TypeError as e:
            msgs.append(str(e))
        else:
            if i % 100 == 0:
                msgs.append(repr(r))
    return msgs


def loop_rsub(n):
    out = []
    for i in range(n):
        a = V(i, 0)
        b = W(0, 0) if i % 20 == 19 else V(0, 0)
        out.append(a - b)
    return [r for r in out if not isinstance(r, V)][:3], out[-1]


def loop_reflected_left_number(n):
    s = 0
    for i in range(n):
        v = 3 * V(i, 1)
        s += v.x + v.y
    return s


print(loop_plain(3000))
print(loop_mixed(300))
print(loop_subclass(300))
print(loop_not_impl(300))
print(loop_rsub(200))
print(loop_reflected_left_number(2000))
