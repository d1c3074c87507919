# Deterministic pseudo-random stress over the number operations whose last bit matters:
# round(x, n), hex/fromhex, int true division, int/float mixed compare, complex * / ** abs, hash.
state = 12345

def rnd(n):
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2**64
    return state % n

def rfloat():
    mant = rnd(2**53)
    exp = rnd(120) - 60
    sign = -1 if rnd(2) else 1
    return sign * mant * 2.0 ** exp / 2**26

def rint():
    return (rnd(2**64) << rnd(200)) * (-1 if rnd(2) else 1) + rnd(1000)

out = []
for _ in range(300):
    x = rfloat()
    out.append(" ".join(repr(round(x, n)) for n in range(-4, 14)))
    h = x.hex()
    out.append(f"{h} {float.fromhex(h) == x} {repr(round(x))} {hash(x)}")
for _ in range(200):
    a, b = rint(), rint() or 1
    out.append(f"{a / b!r} {a // b} {a % b} {a * 1.0 == a} {float(a)!r} {(a < float(b)) == (a < b)} {hash(a)}")
for _ in range(200):
    z = complex(rfloat(), rfloat())
    w = complex(rfloat(), rfloat())
    e = rnd(21) - 10
    row = [z * w, z / w if w else 0, z ** e if z else 0, abs(z), hash(z), z ** 0.5, z ** w if abs(z) < 1e3 and abs(w) < 4 else 0]
    out.append(" ".join(repr(v) for v in row))
for line in out:
    print(line)
