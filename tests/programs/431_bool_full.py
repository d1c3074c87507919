# bool: int behaviour, &|^ give bool, repr, bool() from __bool__/__len__ with CPython's messages.
def show(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

T, F = True, False
for a in (T, F):
    for b in (T, F, 0, 1, 2, -1):
        print(repr(a), repr(b), repr(a & b), repr(a | b), repr(a ^ b), repr(b & a), repr(b | a), repr(b ^ a),
              a + b, a - b, a * b, a == b, a < b, type(a + b).__name__)
print(~T, ~F, -T, -F, +T, +F, abs(T), abs(F), T // T, T % 2, divmod(T, T), T / 2, T ** 10, F ** 0, 2 ** T, T << 5, 32 >> T)
print(repr(T), str(F), T.real, T.imag, T.numerator, T.denominator, T.conjugate(), type(T.conjugate()).__name__,
      T.bit_length(), F.bit_count(), T.as_integer_ratio(), type(T.real).__name__, T.__index__(), type(T.__index__()).__name__)
print(hash(T), hash(F), T == 1, F == 0, T == 1.0, T is (1 == 1), int(T), float(F), complex(T), str(T + 0), T.__round__(), type(round(T)).__name__)
print(isinstance(T, int), issubclass(bool, int), bool.__mro__, bool.__base__, bool.__name__, type(T) is bool)
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(-0.0), bool(float("nan")), bool(0j), bool(1e-300j), bool(""),
      bool(" "), bool([]), bool([0]), bool(()), bool({}), bool(None), bool(range(0)), bool(range(1)), bool(2**100))
show("kw", lambda: bool(x=1))
show("two", lambda: bool(1, 2))
show("subclass", lambda: type("B", (bool,), {}))
show("new", lambda: bool.__new__(bool, 5))
show("new int", lambda: bool.__new__(int, 5))

class WithBool:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class Both:
    def __bool__(self):
        return False
    def __len__(self):
        return 5
class Neither:
    pass
class BoolNone:
    __bool__ = None
for obj in [WithBool(True), WithBool(False), WithBool(1), WithBool(0), WithBool(None), WithBool(1.0), WithLen(0), WithLen(3),
            WithLen(-1), WithLen(2**70), WithLen(1.5), WithLen(True), Both(), Neither(), BoolNone()]:
    show(type(obj).__name__ + " " + repr(getattr(obj, "v", getattr(obj, "n", ""))), lambda: bool(obj))
    try:
        print("  not:", not obj, "if:", "yes" if obj else "no")
    except Exception as e:
        print("  ", type(e).__name__, e)
print(T and 5, F or 6, T and F, not T, not 0, [1, 2] and T, sum([T, T, F, T]), max(T, F), sorted([T, F, 0, 1, -1]))
print({T: "a", 1: "b", 1.0: "c"}, {F, 0, 0.0}, [T, F].count(1), [1, 2, 3][T], "abc"[F], T * "ab", [0] * T)
print(f"{T}", f"{F!r}", str(T).upper(), format(T), format(F, ""))
x = T
x += 1
print(x, type(x).__name__)
x = T
x &= F
print(x, type(x).__name__)
x = T
x |= 2
print(x, type(x).__name__)
