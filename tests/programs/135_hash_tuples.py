vals = [(), (0,), (1,), (1, 2), (2, 1), (1, 2, 3), (-1,), (-1, -1), ((),), ((1, 2), (3, 4)), (1.5, 2),
        (True, False), (None,) if False else (0, 0, 0), tuple(range(10)), (2 ** 100, -(2 ** 100)), (1, (2, (3, (4,)))),
        (frozenset({1, 2}),), (b"",) if False else (1j,), (3.0, 1e300)]
for v in vals:
    print(v, hash(v))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((frozenset(),)))
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash(((1, {}),))
except TypeError as e:
    print(type(e).__name__, e)
print({(1, 2): "a", (1.0, 2.0): "b"})
print({(i, j) for i in range(3) for j in range(2)} == {(j, i) for j in range(2) for i in range(3)} or "n/a")
print(set((i, i + 1) for i in range(6)))
