f = frozenset([3, 1, 2, 3])
print(f, len(f), 2 in f, frozenset(), frozenset("aa"), repr(frozenset({1})))
print(f | {4}, f & {1, 9}, f - {1}, f ^ {1, 5}, type(f | {4}).__name__, type({4} | f).__name__)
print(f.union([7]), f.intersection((1, 2)), f.issubset({1, 2, 3, 4}), f.copy() is f, f == {1, 2, 3})
print(hash(frozenset()), hash(frozenset({1, 2, 3})), hash(frozenset({1, 2, 3})) == hash(frozenset({3, 2, 1})))
print(hash(frozenset({(1, 2), 3.5, -1})), hash(frozenset(range(100))))
d = {frozenset({1, 2}): "fs key"}
print(d[frozenset({2, 1})], {frozenset({1}), frozenset({1})})
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
print(frozenset({frozenset({1})}), set([frozenset()]), {1, 2} == frozenset({1, 2}))
