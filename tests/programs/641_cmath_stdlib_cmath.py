# cmath: every function on ordinary, large, tiny and special arguments (results shown exactly with
# float.hex), CPython's errors, argument conversion, constants, isclose, polar/rect/phase.
import cmath
import math

inf, nan = math.inf, math.nan


def h(x):
    if isinstance(x, complex):
        return "(%s, %s)" % (x.real.hex(), x.imag.hex())
    if isinstance(x, float):
        return x.hex()
    if isinstance(x, tuple):
        return "(" + ", ".join(h(v) for v in x) + ")"
    return repr(x)


def show(label, f, *args, **kwargs):
    try:
        print(label, "->", h(f(*args, **kwargs)))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


print("constants", h(cmath.pi), h(cmath.e), h(cmath.tau), cmath.inf, cmath.infj, cmath.nan, cmath.nanj,
      math.copysign(1, cmath.nan), math.copysign(1, cmath.nanj.imag))
print(sorted(n for n in dir(cmath) if not n.startswith("_")))

parts = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-320, 1e-170, 1e160, -1e308, 800.0, inf, -inf, nan]
names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log", "log10",
         "sin", "sinh", "sqrt", "tan", "tanh"]
for name in names:
    f = getattr(cmath, name)
    row = []
    for x in parts:
        for y in parts:
            try:
                row.append(h(f(complex(x, y))))
            except (ValueError, OverflowError) as e:
                row.append(type(e).__name__)
    print(name, len(row))
    for k in range(0, len(row), 14):
        print("  ", " ".join(row[k:k + 14]))

for x in parts:
    print("rect/polar/phase", x, end=" ")
    out = []
    for y in parts:
        for g in (lambda: cmath.rect(x, y), lambda: cmath.polar(complex(x, y)), lambda: cmath.phase(complex(x, y))):
            try:
                out.append(h(g()))
            except (ValueError, OverflowError) as e:
                out.append(type(e).__name__)
    print(" ".join(out))

# log with a base
for z, base in [(8, 2), (100, 10), (1j, 1j), (1, 1), (0, 2), (2, 0), (0, 0), (-1, -1), (inf, 2), (1 + 1j, 3 - 4j)]:
    show("log(%r, %r)" % (z, base), cmath.log, z, base)
show("log no arg", cmath.log)
show("log 3 args", cmath.log, 1, 2, 3)

# errors
for name, arg in [("log", 0), ("log10", 0j), ("atanh", 1), ("atanh", -1), ("sqrt", "x"), ("exp", 1000),
                  ("cosh", complex(1000, 1)), ("sinh", complex(-1000, 1)), ("exp", complex(1, inf)),
                  ("cos", complex(inf, 1)), ("tan", complex(inf, 1)), ("acos", None), ("sin", [])]:
    show("%s(%r)" % (name, arg), getattr(cmath, name), arg)
show("rect inf phi", cmath.rect, 2.0, inf)
show("rect str", cmath.rect, "1", 0)
show("phase underflow", cmath.phase, complex(1e300, 1e-310))
show("polar overflow", cmath.polar, complex(1e308, 1e308))
show("sqrt 2 args", cmath.sqrt, 1, 2)


# argument conversion
class WithComplex:
    def __complex__(self):
        return 3 + 4j


class WithFloat:
    def __float__(self):
        return 2.25


class WithIndex:
    def __index__(self):
        return 9


class BadComplex:
    def __complex__(self):
        return 1.5


class SubComplex(complex):
    def __complex__(self):
        return 99j


for arg in [4, -4, True, 2 ** 80, 2.0, WithComplex(), WithFloat(), WithIndex(), SubComplex(1, 1), BadComplex()]:
    show("sqrt(%s)" % type(arg).__name__, cmath.sqrt, arg)
show("sqrt big int", cmath.sqrt, 10 ** 400)

# isclose
for a, b, kw in [(1 + 1j, 1 + 1.0000000001j, {}), (1j, 1.1j, {}), (1j, 1.1j, {"rel_tol": 0.2}),
                 (0j, 1e-10j, {}), (0j, 1e-10j, {"abs_tol": 1e-9}), (complex(inf, 1), complex(inf, 1), {}),
                 (complex(inf, 1), complex(-inf, 1), {}), (complex(nan, 0), complex(nan, 0), {}), (1, 1.0, {}),
                 (1j, 1j, {"rel_tol": -1}), (1j, 2j, {"abs_tol": -1})]:
    show("isclose(%r, %r, %r)" % (a, b, kw), cmath.isclose, a, b, **kw)
show("isclose positional tol", cmath.isclose, 1, 2, 0.5)
show("isclose bad kw", cmath.isclose, 1, 2, tol=0.5)
for z in [complex(1, 2), complex(inf, 0), complex(0, -inf), complex(nan, 1), complex(1, nan), complex(inf, nan)]:
    print(repr(z), cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

# identities that should hold to rounding
for z in [0.3 + 0.4j, -2 + 1j, 1e-3 - 7j]:
    print(h(cmath.exp(cmath.log(z))), h(cmath.sin(cmath.asin(z))), h(cmath.tanh(cmath.atanh(z))),
          h(cmath.rect(*cmath.polar(z))))
