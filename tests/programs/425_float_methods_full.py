# Every float method: is_integer, as_integer_ratio, hex/fromhex, conjugate, real/imag, __round__,
# __trunc__/__floor__/__ceil__, __getformat__, __getnewargs__.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

inf, nan = float("inf"), float("nan")
values = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, -2.5, 3.5, 1e16, 1e300, -1e-300, 5e-324, 2.2250738585072014e-308,
          2.225073858507201e-308, 1.7976931348623157e308, 123456.789, 2**52 + 0.5, 0.5, -0.5, 1/3]
for v in values:
    print(repr(v), v.is_integer(), v.hex(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.__getnewargs__(), float.fromhex(v.hex()) == v)
for v in values:
    print(repr(v), v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), round(v, 0), round(v, 1), round(v, 3),
          round(v, -1), round(v, -3), v.__int__(), v.__float__(), v.__abs__(), v.__neg__(), v.__pos__())
for v in [inf, -inf, nan]:
    print(v, v.is_integer(), v.hex(), v.conjugate(), v.real, v.imag, round(v, 2), round(v, -2), v.__getnewargs__())
    for name in ["as_integer_ratio", "__trunc__", "__floor__", "__ceil__", "__round__", "__int__"]:
        show(name, getattr(v, name))

# round to ndigits is correctly rounded from the exact binary value; ties go to even
for v in [2.675, 0.125, 0.375, 1.005, 2.5, 0.285, 1.15, 1.25, 1.35, 5e-324, 1e22, 123.456, -0.0049, 0.0051]:
    print(repr(v), [round(v, n) for n in range(-2, 5)], round(v, 20), round(v, 400), round(v, -400), round(-v, -400))
show("round overflow", lambda: round(1.7976931348623157e308, -308))
show("round huge nd", lambda: round(1.5, 2**70))
show("round -huge nd", lambda: round(-1.5, -(2**70)))
show("round str nd", lambda: round(1.5, "1"))
show("round float nd", lambda: round(1.5, 1.0))
show("round None nd", lambda: round(1.5, None))
show("__round__ None", lambda: (1.5).__round__(None))
show("__round__ 2 args", lambda: (1.5).__round__(1, 2))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__, round(1e300), round(-2**60 - 0.5 * 2**8))

for s in ["0x1.8p1", "-0x1p-2", "0X1P+3", "1p4", "0x.8", "0x1.", "1.8", "  0x1p0  ", "inf", "-Infinity", "nan", "+NAN",
          "0x1.fffffffffffffp1023", "0x1.fffffffffffff7p1023", "0x1.fffffffffffff8p1023", "0x1p1024", "0x1p-1074",
          "0x1p-1075", "0x1.0000000000001p-1075", "0x3p-1076", "0x0p0", "-0x0p0", "0x1p+99999999999999999999",
          "0x0p+99999999999999999999", "0x1p-99999999999999999999", "0x123456789abcdef123456789p0", "0x1.00000000000008p0",
          "0x1.00000000000018p0", "0x1.000000000000081p0", "", "0x", "x1", "0x1p", "0x1p+", "0x1.2.3", "0x1 p1", "1e3",
          "0xg", "--0x1", "0x1p1.5", "infinit", "١"]:
    show("fromhex " + repr(s), lambda: float.fromhex(s))
show("fromhex int", lambda: float.fromhex(1))
show("fromhex none", lambda: float.fromhex())

class F(float):
    pass
print(type(F.fromhex("0x1p1")).__name__, F.fromhex("0x1p1"), type(F(2.5).hex()).__name__, F(2.5).hex())
print(float.__getformat__("double"), float.__getformat__("float"))
show("getformat bad", lambda: float.__getformat__("int"))
show("getformat type", lambda: float.__getformat__(1))
print(sorted(n for n in dir(float) if not n.startswith("__")))
print(hasattr(float, "__getformat__"), hasattr(1.5, "fromhex"), (1.5).fromhex("0x2p0"))
