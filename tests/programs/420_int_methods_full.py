# Every int method and attribute, on small, big, negative and bool values.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

values = [0, 1, -1, 7, -8, 255, 2**31, -2**31, 2**63 - 1, -2**63, 2**64, 3**80, -(5**60), True, False]
for v in values:
    print(v, v.bit_length(), v.bit_count(), v.as_integer_ratio(), v.conjugate(), v.real, v.imag,
          v.numerator, v.denominator, v.__index__(), type(v.__index__()).__name__,
          type(v.real).__name__, type(v.conjugate()).__name__)

for v in values:
    print(v, v.__trunc__(), v.__floor__(), v.__ceil__(), v.__round__(), v.__getnewargs__(),
          v.__sizeof__(), v.__int__(), v.__float__(), v.__abs__(), v.__neg__(), v.__pos__(), v.__invert__())

# __round__ with ndigits: non-negative returns the value; negative rounds half to even.
for v in [0, 5, 15, 25, 35, 45, -15, -25, 12345, 12350, 12450, 12550, -12350, 2**70, -(2**70) - 5 * 10**5]:
    print(v, [v.__round__(n) for n in (0, 2, -1, -2, -3, -6, -30)], round(v, -1), type(round(v, -1)).__name__)
print(round(True, -1), round(True), type(round(True)).__name__, round(True, 2), type(round(True, 2)).__name__)
show("round str", lambda: round(5, "a"))
show("round float", lambda: round(5, 1.0))
show("round 2 args", lambda: (5).__round__(1, 2))
show("round None", lambda: (5).__round__(None))
show("round index", lambda: round(150, True))

class Idx:
    def __index__(self):
        return -2
print(round(1250, Idx()), round(1350, Idx()))

print(hasattr(int, "is_integer"), "is_integer" in dir(int))
print(sorted(n for n in dir(int) if not n.startswith("__")))
print((255).bit_length(), (-256).bit_length(), (2**1000).bit_length(), (-(2**1000)).bit_count())
print(int.real.__get__(5), int.numerator.__get__(True), int.denominator.__get__(10**30))
show("bit_length arg", lambda: (5).bit_length(1))
show("conjugate arg", lambda: (5).conjugate(1))
print(int.__index__(True), type(int.__index__(True)).__name__, int.__int__(False), int.__float__(2**60 + 1))
show("float overflow", lambda: (2**1024).__float__())
show("half overflow", lambda: (2**1024 - 2**970).__float__())
print((2**1024 - 2**971).__float__(), (2**1024 - 2**970 - 1).__float__())
