# float formatting: types, precisions, alternate form, 'z', signs, inf/nan, rounding
values = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, -123.456, 1e-7, 1.5e-5, 123456789.125,
          1e16, 1.2345e22, -9.999999e-300, 5e-324, 1.7976931348623157e308, 0.5, 0.125, 0.375, 99.995,
          float("inf"), float("-inf"), float("nan")]
specs = ["", "e", "E", "f", "F", "g", "G", "%", "n", ".0e", ".0f", ".0g", ".0%", ".1", ".2", ".3e", ".10f",
         ".20g", "#.0e", "#.0f", "#g", "#.3g", "#", "+", " ", "z", "z.1f", "+.2e", "12.3f", "<12g", "^12.2%",
         "=+12.1f", "012.4f", "*>14e", ",.2f", "_.3f", "015,.1f", ".17g", ".25e"]
for v in values:
    print(" | ".join(format(v, s) for s in specs))
print(format(1e200, ".100f")[:60], len(format(1e200, ".100f")))
print(format(2 ** -60, ".70f"))
print(format(0.1, ".55f"), format(1 / 3, ".40e"))
print(f"{-0.0:z} {-0.0001:z.2f} {-0.0001:.2f} {-1e-300:z.2e} {-0.4:z.0f} {-0.6:z.0f} {-0.0:z.3g}")
print(format(float("nan"), "+"), format(float("-nan"), ""), format(float("inf"), "010"), format(float("-inf"), "^+9"))
