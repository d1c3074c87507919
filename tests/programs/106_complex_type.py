z = 3 + 4j
print(z, repr(z), z.real, z.imag, z.conjugate(), abs(z), -z, +z)
print(complex(1, 2), complex("1+2j"), complex(" 3-4j "), complex("j"), complex("-1.5e3j"), complex(2), complex(), complex(1j, 1j))
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j), (1 + 1j) ** 2, 2 ** (1j), (1 + 2j) - 1)
print(complex(0, -0.0), complex(-0.0, 0), 0j, -0j, complex(1, float("inf")), complex(float("nan"), 1))
print(1 + 0j == 1, (1 + 2j) == (1 + 2j), hash(1 + 0j) == hash(1), hash(3 + 4j))
print(1e300j * 1e300j if False else "skip", 1j ** 0, 0j ** 0)
for bad in (lambda: 1j < 2j, lambda: 1j // 1, lambda: 1j % 1, lambda: int(1j), lambda: float(1j), lambda: complex("1+"), lambda: 1j / 0, lambda: 0j ** -1, lambda: complex("1", 2)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(format(3 + 4j), format(3 + 4j, ".2f"), format(1.5 - 2j, "10.1f"), format(1j, ""), f"{2+3j:^20}", format(1 + 1j, "e"))
print(str(complex(1e20, 1e-20)), repr(complex(0.1, 0.2)), complex(1.0, 0.0), complex(-1, -1))
