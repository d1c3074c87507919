vals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, -2.5, 0.1, 0.2, 1e10, 1e20, 1e100, 1e300, 1e-300, 5e-324,
        3.141592653589793, 2.0 ** 61, 2.0 ** 62, 2.0 ** 61 - 1024, 1.0 / 3, -123.456, 1.7976931348623157e308,
        float("inf"), float("-inf")]
for v in vals:
    print(repr(v), hash(v))
print(hash(1.0) == hash(1), hash(2.0 ** 64) == hash(2 ** 64), hash(0.5 + 0j) == hash(0.5))
for z in (1j, 1 + 1j, -2.5 + 3j, complex(0.1, -0.1), complex(1e300, 1e300)):
    print(repr(z), hash(z))
nan = float("nan")
print(hash(nan) == hash(nan))
