vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 1234567.891, 0.000123456, 1e21, 1e-7, 123456789.0, 0.5, 2.5, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".2f", ".10f", "e", ".2e", "E", "g", ".3g", ".10g", "G", "%", ".1%", "10.3f", "<10.2f", "^12.1e", "+.1f",
         " .2f", "010.2f", "#.0f", "#g", "#.3g", ",.2f", "_.1f", "n", ".3", "=+12.3f", "z.1f" if False else "-.1f"]
for v in vals:
    print(repr(v), [format(v, s) for s in specs])
print(format(1e16, ""), format(1e16, "g"), format(1.5e16, ".17g"), format(123.456, ".0e"), format(9.9999, ".2f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(2.5, ".0f"), format(3.5, ".0f"), format(-0.5, ".0f"), format(1e300, ".2f")[:20], len(format(1e300, "f")))
for bad in ("d", "x", "c", ",d", "=5s"):
    try:
        format(1.5, bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
