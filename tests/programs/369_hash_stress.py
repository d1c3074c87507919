state = 5
def lcg():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
ints = [lcg() - 2 ** 63 for _ in range(20)] + [lcg() * lcg() for _ in range(10)]
print([hash(v) for v in ints])
floats = [(lcg() >> 11) / 2 ** 53 * 10.0 ** ((lcg() >> 58) % 30 - 10) for _ in range(25)]
print([hash(f) for f in floats])
tuples = [(lcg() % 100, (lcg() % 7, -1.5), ()) for _ in range(10)]
print([hash(t) for t in tuples])
print([hash(frozenset(range(k))) for k in range(8)], hash(frozenset({(1, 2), 3.5})))
print([hash(complex(a, b)) for a, b in ((1, 2), (-1.5, 0.25), (0, -3), (1e10, 1e-10))])
print(sum(hash(i) for i in range(-100000, 100000, 37)))
