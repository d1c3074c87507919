state = 12345
def lcg():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state >> 33
s = set()
for step in range(3000):
    v = lcg() % 500 - 250
    if lcg() % 3:
        s.add(v)
    else:
        s.discard(v)
    if step % 500 == 499:
        print(len(s), list(s)[:12], list(s)[-6:])
f = frozenset(lcg() % 10 ** 12 for _ in range(40))
print(list(f)[:10])
t = {(lcg() % 7, lcg() % 7) for _ in range(30)}
print(list(t))
m = {lcg() % 1000 / 8 for _ in range(30)}
print(list(m))
big = {2 ** (lcg() % 100) + lcg() % 3 for _ in range(20)}
print(list(big))
print(list({-1, -2, 2 ** 61 - 1, 2 ** 61 - 2, -(2 ** 61), 2 ** 62}))
