vals = [0j, 1j, -1j, 1 + 2j, -1.5 - 2.5j, 1e20 + 1e-20j, complex(float("inf"), float("nan")), complex(-0.0, -0.0), 0.1 + 0.2j, 3 + 0j]
for z in vals:
    print(repr(z), str(z), format(z, ""), format(z, ".2f"), format(z, "e"), format(z, "^24.3g"), format(z, "+"), f"{z!r:>20}")
for bad in ("d", "=10", "010.2f", "c"):
    try:
        format(1j, bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
