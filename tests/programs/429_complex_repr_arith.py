# complex repr/str, arithmetic with ints, floats and complexes, comparison, bool, attributes.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf, nan = float("inf"), float("nan")
vals = [0j, -0j, 1j, -1j, 1 + 0j, -1 + 0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0),
        1.5 + 2.5j, -1e300 + 1e-300j, complex(inf, -inf), complex(nan, nan), complex(-nan, -nan), complex(0, nan),
        complex(1e16, 1), complex(1e-7, 1e22), 0.1 + 0.2j, complex(123456789012345678, 5), 3j * 1e5, 1e16j]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate(), bool(z), z == z, z != z)

a, b = 3 + 4j, 1 - 2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a ** 2, a == 3 + 4j, a != b)
print(a + 1, 1 + a, a - 1.5, 1.5 - a, a * 2, 2 * a, a / 2, 2 / a, a * True, a + 2**53, (2**60) * 1j)
print(1j * 1j, 1j ** 2, (1 + 1j) * (1 - 1j), (1e308 + 1e308j) * 2, complex(inf, 0) * 1j, complex(0, inf) * 0)
print(1 / 1j, 1j / 1j, (1 + 2j) / (3 + 4j), (1e-320 + 1j) / (1e-320 + 1e-320j), complex(1, nan) / 2, 5 / complex(inf, inf))
print((1 + 2j) / complex(nan, 0), (1 + 2j) / complex(0, nan), (4 + 6j) / 2.0, (4 + 6j) / complex(2, 0), (-1e-300j) / 1e300)
show("div zero", lambda: 1j / 0)
show("div zero c", lambda: 1j / 0j)
show("div zero f", lambda: 1 / 0j)
show("div -0.0", lambda: (1 + 1j) / complex(-0.0, -0.0))
show("floordiv", lambda: 1j // 1)
show("mod", lambda: 1j % 1)
show("divmod", lambda: divmod(1j, 1))
show("lt", lambda: 1j < 2j)
show("le int", lambda: 1j <= 1)
show("gt float", lambda: 1.0 > 1j)
show("int()", lambda: int(1j))
show("float()", lambda: float(1j))
show("big int add", lambda: 1j + 10**400)
show("big int eq", lambda: 1j == 10**400)
show("lshift", lambda: 1j << 1)
show("and", lambda: 1j & 1)
show("invert", lambda: ~1j)
show("round", lambda: round(1j))
show("str add", lambda: 1j + "a")
print(1 + 0j == 1, 1 == 1 + 0j, 1.0 == 1 + 0j, 1 + 1j == 1, 2**53 + 1 == complex(2**53, 0), complex(2**53, 0) == 2**53,
      (1 + 0j) == True, 0j == False, 1j == 1j, complex(nan, 0) == complex(nan, 0), [complex(1, 2)] == [1 + 2j])
print(1j.real, 1j.imag, (1j).conjugate(), type(1j.real).__name__, (2 + 3j).__getnewargs__())
try:
    (1j).real = 2
except AttributeError as e:
    print("set real AttributeError")  # message differs: CPython's member descriptor says "readonly attribute"
print(sorted(n for n in dir(complex) if not n.startswith("__")), 1j.__complex__())
print({1 + 0j: "a", 1: "b", 1.0: "c"}, {0j, 0, 0.0, False}, len({1j, 1j, complex(0, 1)}))
z = 1 + 1j
z += 1
z *= 1j
z -= 2.5
z /= 2
print(z)
print(abs(3 + 4j), abs(-5j), abs(complex(inf, nan)), abs(complex(nan, -inf)), abs(complex(nan, 1)), abs(1e-320 + 1e-320j))
print(abs(1e300 + 1e300j), abs(complex(3e-310, 4e-310)), abs(0.1 + 0.2j), abs(complex(1e154, 1e154)), abs(1 + 1e-17j))
show("abs overflow", lambda: abs(complex(1.7976931348623157e308, 1.7976931348623157e308)))
