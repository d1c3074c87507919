state = 2024
def lcg():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
out = []
for i in range(600):
    mant = lcg() >> 11
    exp = (lcg() >> 50) % 80 - 40
    x = mant / 2 ** 53 * 10.0 ** exp
    if i % 3 == 0:
        x = -x
    r = repr(x)
    assert float(r) == x
    out.append(r)
for i in range(0, len(out), 6):
    print(" ".join(out[i:i + 6]))
bits = []
for i in range(200):
    v = (lcg() % (2 ** 62)) / 2 ** (lcg() % 120)
    bits.append(repr(v))
print(" ".join(bits))
print(" ".join(repr(k / 10) for k in range(-20, 21)))
print(" ".join(repr(1 / k) for k in range(1, 40)))
print(" ".join(repr(2.0 ** e) for e in range(-30, 70, 7)))
