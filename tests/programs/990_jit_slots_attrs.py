# __slots__ and map attribute reads/writes in hot loops, with the class changed mid-loop
# (traces must notice: a property replacing a slot, a data descriptor shadowing an instance
# attribute, __getattribute__/__setattr__ added, instances switching to dict mode, deleted slots).


class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = ("z",)

    def __init__(self, x, y, z):
        P.__init__(self, x, y)
        self.z = z


class M:
    def __init__(self, a):
        self.a = a
        self.b = a * 2


class M2(M):
    pass


def slots_loop(n):
    p = P(1, 2)
    total = 0
    for i in range(n):
        p.x = i
        total += p.x + p.y
        if i == n // 2:
            p.y = 100
    return total


def subclass_loop(objs):
    total = 0
    for o in objs:
        total += o.x * 3 + o.y
        o.y = o.y + 1
    return total


class PS:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


def property_swap(n):
    p = PS(3, 4)
    out = []
    for i in range(n):
        if i == n - 5:
            PS.y = property(lambda self: -7)
        out.append(p.y)
    return out[-8:]


def shadow_loop(n):
    m = M(5)
    total = 0
    for i in range(n):
        total += m.a + m.b
        m.a = i
        if i == n - 3:
            M.b = property(lambda self: 1000)
    del M.b
    return total


def dict_mode(n):
    m = M2(2)
    total = 0
    for i in range(n):
        total += m.a
        if i == n // 2:
            del m.b
            m.__dict__["a"] = 50
    return total


def deleted_slot(n):
    p = P(1, 2)
    seen = []
    for i in range(n):
        try:
            seen.append(p.x)
        except AttributeError as e:
            seen.append(str(e))
        if i == n - 3:
            del p.x
    return seen[-4:]


class G:
    __slots__ = ("v",)

    def __init__(self, v):
        self.v = v


def getattribute_added(n):
    g = G(1)
    vals = []
    for i in range(n):
        vals.append(g.v)
        if i == n - 3:
            G.__getattribute__ = lambda self, name: ("hooked", name)
    return vals[-4:]


def setattr_added(n):
    g = G(1)
    log = []
    for i in range(n):
        g.v = i
        if i == n - 3:
            def hook(self, name, value):
                log.append((name, value))
            G.__setattr__ = hook
    return log


print(slots_loop(3000))
print(subclass_loop([P(i, i + 1) for i in range(1500)] + [Q(i, 2, 3) for i in range(1500)]))
print(property_swap(2000))
print(shadow_loop(2000))
print(dict_mode(2000))
print(deleted_slot(2000))
print(getattribute_added(2000))
print(setattr_added(2000))
