# list.sort detects a mutation even when the list ends up as empty as the sort left it (an append
# then a pop), as CPython does by checking that no storage was allocated during the sort
L = [3, 1, 2]


def key(x):
    L.append(1)
    L.pop()
    return x


try:
    L.sort(key=key)
except ValueError as e:
    print(e, L)


class C:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        if L2:
            L2.pop()
        else:
            L2.append(3)
        return self.v < other.v


L2 = [C(i) for i in (5, 3, 4, 1, 2)]
try:
    L2.sort()
except ValueError as e:
    print(e, [c.v for c in L2])
L3 = [3, 1, 2]
L3.sort(key=lambda x: L3.clear() or x)
print(L3)
