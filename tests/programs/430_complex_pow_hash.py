# complex ** (integer exponents by repeated multiplication, others in polar form), pow errors, hash.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf, nan = float("inf"), float("nan")
bases = [1j, -1j, 1 + 1j, 2 - 3j, 0.5 + 0.5j, -1 + 0j, complex(-0.0, 0), 1e-5 + 1e5j, 3 + 0j]
exps = [0, 1, 2, 3, 5, -1, -2, 10, 100, 101, -100, 0.5, -0.5, 1.5, 1j, -1j, 2 + 3j, 2.0, 2**40, 1e10]
for b in bases:
    row = []
    for e in exps:
        try:
            row.append(repr(b ** e))
        except Exception as ex:
            row.append(type(ex).__name__ + ": " + str(ex))
    print(repr(b), row)
for b in [2, -2, 0.5, -0.5, 0, 0.0, 10**20]:
    row = []
    for e in [1j, 0.5j, 2 + 0j, -1 + 0j, 1 + 1j, 0j]:
        try:
            row.append(repr(b ** e))
        except Exception as ex:
            row.append(type(ex).__name__ + ": " + str(ex))
    print(repr(b), row)
show("0 ** -1", lambda: 0j ** -1)
show("0 ** -1.5", lambda: 0j ** -1.5)
show("0 ** 1j", lambda: 0j ** 1j)
show("0 ** 0", lambda: 0j ** 0)
show("0 ** 0j", lambda: 0j ** 0j)
show("0 ** 2", lambda: 0j ** 2)
show("0 ** 1.5", lambda: 0j ** 1.5)
show("overflow", lambda: (1e200 + 1e200j) ** 2)
show("overflow polar", lambda: (1e200 + 1e200j) ** 2.5)
show("inf base", lambda: complex(inf, 0) ** 2)
show("inf base 0", lambda: complex(inf, 0) ** 0)
show("nan base", lambda: complex(nan, 0) ** 2)
show("pow mod", lambda: pow(1j, 2, 3))
show("pow mod None", lambda: pow(1j, 2, None))
show("int pow mod c", lambda: pow(2, 1j, 3))
show("big exp int", lambda: 1j ** (10**400))
show("str exp", lambda: 1j ** "2")
print((1 + 2j).__pow__(2), (2).__rpow__(1j) if False else (1j).__rpow__(2), (1j).__pow__(2, None))
show("__pow__ mod", lambda: (1j).__pow__(2, 3))

for z in [0j, 1j, -1j, 1 + 0j, 1 + 1j, 1.5 - 2.5j, complex(-0.0, 0), complex(0, -0.0), complex(inf, 0), complex(0, inf),
          complex(-inf, inf), complex(2**61, 0), complex(1e300, 1e-300), complex(0.5, 2**62), complex(-1, -1), 1e16 + 7j]:
    print(repr(z), hash(z), hash(z) == hash(z.real) if z.imag == 0 else "-")
print(hash(complex(1, 0)) == hash(1) == hash(1.0), hash(complex(2.5, 0)) == hash(2.5), hash(-1 + 0j), hash(complex(-1, 0)))
n = complex(nan, 0)
print(hash(n) == hash(n), n == n, n in [n], n in {n}, {n: 1}.get(n))
