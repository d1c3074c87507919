s = {3, 1, 2}
s.add(5)
s.add(1)
print(s, len(s), 3 in s, 9 not in s)
s.discard(9)
s.remove(5)
print(s, s.pop(), s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [9]), a.intersection(b, {4}), a.difference([1], (2,)), a.symmetric_difference(range(3, 7)))
print(a.issubset(range(10)), {3}.issubset(a), a.issuperset({1, 2}), a.isdisjoint({7, 8}), a <= a, a < a, {1} < a, a >= {1, 9})
c = set(a)
c.update([10, 11], {12})
c.intersection_update(range(2, 12))
print(c)
c.difference_update({2, 3})
c.symmetric_difference_update({4, 100})
print(c)
c |= {0}; c &= {0, 10, 11, 100}; c -= {100}; c ^= {50}
print(c, c.copy() == c, c.copy() is c)
c.clear()
print(c, set(), set("aaa"), set([1, 1, 2]), set(range(5)), set({1: 2}))
try:
    a | [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[]}
except TypeError as e:
    print(type(e).__name__, e)
print({1, 2} == {2, 1}, {1} == frozenset({1}), {1, 2} != {1}, repr(set()), repr({-1, -2}))
