print(float(), float(3), float("3.5"), float(" -1e-3 "), float("inf"), float("-Infinity"), float("1_5.2_5"), float(True), float(10 ** 20))
print(float("0x10") if False else float.fromhex("0x10"), float("1e309"), float("-0"), float("+.5e+2"), float("١.٥"))
class F:
    def __float__(self): return 2.5
class I:
    def __index__(self): return 4
print(float(F()), float(I()))
for bad in ("", "1.5.5", "1e", "nan1", "1_", "_1", "0x10", "1 5", "- 1", "infinity1", "in f"):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (None, [1.0], 1j, "1" * 0 or object()):
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(10 ** 400)
except OverflowError as e:
    print(type(e).__name__, e)
class BadF:
    def __float__(self): return 1
try:
    float(BadF())
except TypeError as e:
    print(type(e).__name__, e)
print(float("1" * 400) == float("inf") or "finite", float("0." + "0" * 400 + "1"))
