# Sets and the containers they work with mutated by __eq__/__hash__ while an operation runs: any result or a
# "changed size during iteration" RuntimeError is fine, an internal error is not (bpo-46615 and friends).
import random

rng = random.Random(1234)


def make(c1, c2):
    class Bad:
        def __eq__(self, other):
            if not enabled:
                return False
            if rng.randrange(20) == 0:
                set1.clear()
            if rng.randrange(20) == 0 and hasattr(set2, 'clear'):
                set2.clear()
            return bool(rng.randrange(2))

        def __hash__(self):
            return rng.randrange(2)

    enabled = False
    set1 = c1(Bad() for _ in range(rng.randrange(50)))
    set2 = c2(Bad() for _ in range(rng.randrange(50)))
    enabled = True
    return set1, set2


class SubSet(set):
    pass


binary = {
    'eq': lambda a, b: a == b, 'ne': lambda a, b: a != b, 'lt': lambda a, b: a < b, 'ge': lambda a, b: a >= b,
    'and': lambda a, b: a & b, 'or': lambda a, b: a | b, 'sub': lambda a, b: a - b, 'xor': lambda a, b: a ^ b,
    'iand': lambda a, b: a.__iand__(b), 'ior': lambda a, b: a.__ior__(b), 'isub': lambda a, b: a.__isub__(b),
    'ixor': lambda a, b: a.__ixor__(b),
}
methods = {
    'union': lambda a, b: a.union(b), 'intersection': lambda a, b: a.intersection(b),
    'intersection_update': lambda a, b: a.intersection_update(b), 'difference': lambda a, b: a.difference(b),
    'difference_update': lambda a, b: a.difference_update(b),
    'symmetric_difference': lambda a, b: a.symmetric_difference(b),
    'symmetric_difference_update': lambda a, b: a.symmetric_difference_update(b),
    'update': lambda a, b: a.update(b), 'isdisjoint': lambda a, b: a.isdisjoint(b),
    'issubset': lambda a, b: a.issubset(b), 'issuperset': lambda a, b: a.issuperset(b),
    'contains': lambda a, b: [x in a for x in list(b)], 'discard': lambda a, b: [a.discard(x) for x in list(b)],
    'iterate': lambda a, b: [x for x in a],
}


def run(name, op, c1, c2):
    problems = 0
    for _ in range(6):
        a, b = make(c1, c2)
        try:
            op(a, b)
        except RuntimeError as e:
            if 'changed size during iteration' not in str(e):
                problems += 1
                print(name, 'unexpected', e)
        except SystemError as e:
            problems += 1
            print(name, 'internal error', e)
            break
    return problems


total = 0
for name, op in binary.items():
    for c1 in (set, SubSet):
        for c2 in (set, SubSet):
            total += run(name, op, c1, c2)
for name, op in methods.items():
    for c1 in (set, SubSet):
        for c2 in (set, SubSet, list, dict.fromkeys, tuple):
            total += run(name, op, c1, c2)
print('problems:', total)

# a list's __eq__ mutating the list during comparisons and searches
class Evil:
    def __init__(self, lst):
        self.lst = lst

    def __eq__(self, other):
        self.lst.clear()
        return False


for meth in ('index', 'count', 'remove', '__contains__'):
    lst = []
    lst.extend([Evil(lst), Evil(lst), 3])
    try:
        print(meth, getattr(lst, meth)(3))
    except ValueError as e:
        print(meth, 'ValueError', e)
a = []
b = []
a.extend([Evil(b), 1]); b.extend([Evil(a), 2])
print(a == b, a < b if False else 'skip')
# dict comparisons whose __eq__ clears the other dict
class ClearingKey:
    def __init__(self, d):
        self.d = d

    def __hash__(self):
        return 1

    def __eq__(self, other):
        self.d.clear()
        return True


d1 = {}
d2 = {}
d1[ClearingKey(d2)] = 1
d2[ClearingKey(d1)] = 1
print(d1 == d2)
# bytearray extended from a list mutated while it is converted
class Mut:
    def __init__(self, lst):
        self.lst = lst

    def __index__(self):
        self.lst.clear()
        return 65


lst = [1]
lst.append(Mut(lst))
lst.extend(range(5))
print(bytearray(lst))
lst = [1]
lst.append(Mut(lst))
lst.extend(range(5))
print(bytes(lst))
