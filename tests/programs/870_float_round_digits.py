# round(float, ndigits): the exact value rounded half to even at every digit count, on values that
# hit the ties, the 2**53 limit of the quotient, subnormals, negatives and huge magnitudes.
import random

rng = random.Random(870)
vals = [0.5, 1.5, 2.5, 2.675, 0.125, 0.375, 1.005, -1.005, 0.045, -0.0, 1e-300, 5e-324,
        123456789.123456789, 2.0 ** 52 + 0.5, 2.0 ** 53, 9007199254740991.0, 1e15 + 0.3,
        -2.5, 1e22, 1.7976931348623157e308, 0.1 + 0.2, 30000.005, 199999.995, -0.004]
for _ in range(500):
    vals.append(round(30000 + rng.random() * 170000, 6) + rng.random() * 1e-7)
    vals.append(rng.uniform(-1e6, 1e6))
    vals.append(rng.random() * 10 ** rng.randint(-12, 20))
    vals.append(rng.randint(0, 10 ** 6) / 8.0 + rng.choice([0.0, 0.005, 0.0005]))
out = []
for v in vals:
    row = [repr(round(v, nd)) for nd in (0, 1, 2, 3, 5, 8, 15, 17, 22, 23, 30)]
    out.append(" ".join(row))
h = 0
for line in out:
    for ch in line:
        h = (h * 131 + ord(ch)) % 1000000007
print(len(out), h)
for line in out[:40]:
    print(line)
for v in (0.5, 2.5, -2.5, 1e-300, 123.456):
    print(repr(round(v, -1)), repr(round(v, -2)), repr(round(v, 400)), repr(round(v, -400)))
for v in (-0.001, -0.0049, 0.0049):
    print(repr(round(v, 2)))
