state = 7
def lcg():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
specs = [".0f", ".1f", ".3f", ".6e", ".0e", ".3g", ".12g", ".17g", "g", "e", "%", ".2%", "+.4f", ".15f"]
for i in range(60):
    x = (lcg() >> 11) / 2 ** 53 * 10.0 ** ((lcg() >> 55) % 40 - 20)
    if i % 4 == 1:
        x = -x
    print(" ".join(format(x, s) for s in specs))
for x in (0.5, 1.5, 2.5, 0.125, 0.375, 1e-5, 123456.5, 999999.5, 9.5, 0.95, 0.995, 99.995):
    print(x, "%.0f %.1f %.2f %.3g %.1e %g" % (x, x, x, x, x, x))
