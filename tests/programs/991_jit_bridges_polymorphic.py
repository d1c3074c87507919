# Short inner loops left by break or exhaustion every outer iteration (bridges closing at loop
# headers), polymorphic call sites, methods replaced on the class mid-loop, generator
# expressions and any/all/sum over them inside hot loops.


def short_inner(rows):
    found = 0
    missing = []
    for row in rows:
        ok = True
        for x in row:
            if x == 7:
                ok = False
                break
        if ok:
            found += 1
        else:
            missing.append(len(row))
    return found, sum(missing)


class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Tri:
    __slots__ = ("b", "h")

    def __init__(self, b, h):
        self.b = b
        self.h = h

    def area(self):
        return self.b * self.h // 2


def polymorphic(shapes):
    total = 0
    for sh in shapes:
        total += sh.area()
    return total


def method_swapped(shapes, at):
    total = 0
    for i, sh in enumerate(shapes):
        if i == at:
            Square.area = lambda self: -1
        total += sh.area()
    return total


def genexprs(n):
    acc = 0
    for i in range(n):
        vals = (i, i + 1, i + 2)
        acc += sum(v * 2 for v in vals)
        if any(v % 97 == 0 for v in vals):
            acc += 1
        if all(v > 5 for v in vals):
            acc -= 1
        acc += len(tuple(v for v in vals if v & 1))
    return acc


def closest(objs, limit):
    best, best_t = None, None
    for o in objs:
        t = o.area()
        if t < limit and (best_t is None or t > best_t):
            best, best_t = o, t
    return type(best).__name__, best_t


def nested_ranges(n):
    count = 0
    for a in range(n):
        for b in range(a % 4):
            count += a ^ b
    return count


rows = [(1, 2, 3), (4, 7, 6), (1, 1), (), (7,)] * 700
print(short_inner(rows))
shapes = [Circle(i % 5) if i % 3 == 0 else Square(i % 7) if i % 3 == 1 else Tri(i % 4, 3) for i in range(3000)]
print(polymorphic(shapes))
print(sum(closest(shapes[i:i + 6], 40)[1] or 0 for i in range(0, 2400, 6)))
print(closest(shapes[:12], 30))
print(genexprs(3000))
print(nested_ranges(3000))
print(method_swapped(shapes, 2500))
print(polymorphic(shapes))
