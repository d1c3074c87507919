# float formatting with few significant digits of large values ('.3e' of 146678.04):
# correctly rounded (half-even on the exact binary value) for e/g/f and %-formats.
import random
r = random.Random(5)
vals = [0.5, 1.5, 2.5, 125.0, 135.0, 1e22, 1e23, 9.5e22, 146678.04, 999999.5, 99999.95, 1234567.0,
        1.25e20, 3.5e18, 2**60 + 0.0, 2**70 + 0.0, 1e300, 5e-324, 123456789012345678.0, 2.5e6, 3.5e6,
        1.5e19, 2.5e19, 4.5e20, 6.5e25, 7.25e3, 8.125e4]
for _ in range(600):
    vals.append(r.uniform(0, 1e6) * 10 ** r.randint(-5, 25))
    vals.append(float(r.randint(0, 10 ** r.randint(1, 22))))
    vals.append(r.randint(0, 10 ** 6) + 0.5)
out = []
for v in vals:
    for spec in [".0e", ".1e", ".3e", ".5e", ".10e", ".0g", ".2g", ".4g", ".17g", ".0f", ".2f", "12,.2f"]:
        out.append(format(v, spec))
    out.append("%.3e|%.1e|%.2g" % (v, v, v))
    out.append(f"{-v:.2e}{v:+.0e}")
for line in out[:27 * 14]:
    print(line)
text = "\n".join(out)
digits = [text.count(c) for c in "0123456789e+-.,"]
weighted = 0
for i, s in enumerate(out):
    weighted = (weighted * 31 + len(s) * (i % 97) + ord(s[-1])) % 1000000007
print(len(out), len(text), digits, weighted)
