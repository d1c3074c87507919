# The interpreter's inline fast paths (int/float arithmetic, comparisons, subscripts, FOR_ITER over
# range/list, UNPACK_SEQUENCE of pairs) must agree with the general protocol at every edge.
import math

# int arithmetic at the long boundary overflows to the big form
big = 2**63 - 1
print(big + 1, -big - 2, big * 2, (-big - 1) - 1, (-big - 1) * -1)
print((-big - 1) // -1, (-big - 1) % -1, 7 // -2, -7 // 2, -7 % 3, 7 % -3, -7 % -3, 0 % 5)
for a in (-9, -8, -1, 0, 1, 8, 9, big, -big - 1):
    for b in (-4, -3, -1, 1, 3, 4, big):
        print(a // b, a % b, end=" ")
print()
print(1 << 62, 1 << 63, 1 << 64, -1 << 63, 3 << 62, 5 >> 1, -5 >> 1, -5 >> 70, 5 >> 64, 1 << 0)
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    1 >> -1
except ValueError as e:
    print("ValueError", e)
for a, b in ((7, 2), (-7, 2), (1, 3), (2**53, 3), (2**53 + 1, 1), (2**60 + 1, 7), (-(2**62), 3), (10**18, 10**17 + 3)):
    print(a / b, end=" ")
print()
for z in ((1, 0), (1.0, 0), (1, 0.0), (1.0, 0.0)):
    try:
        z[0] / z[1]
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for z in ((1, 0), (1, 0)):
    try:
        z[0] // z[1]
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
    try:
        z[0] % z[1]
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
x = 5
x += 2; x -= 10; x *= -3; x //= 4; x %= 5; x <<= 3; x >>= 1; x |= 1; x &= 6; x ^= 3
print(x)

# bool is an int, but not an exact int: results are ints, and True + True is 2
print(True + True, True * 3, False - 1, True / 2, True // True, True & False, True | False, True ^ True, type(True & True))
print(1.5 + True, True + 1.5, 2 ** True)
for a, b in ((5, True), (True, 4), (6, False), (False, 7), (True, True), (-3, True)):
    r = [a + b, a - b, a * b, a & b, a | b, a ^ b, a << b, a >> b]
    print(r, [type(v).__name__ for v in r], a // 1 if b else a % 3, a / 2)
bits = 0
for n in (3, 80, 80, 5):
    bits = (bits << 1) | (n == 80)
print(bits, type(bits))

# floats, mixed with ints; NaN and -0.0
print(1.5 + 2, 2 + 1.5, 3 * 0.1, 0.1 * 3, 1 - 0.5, 0.5 - 1, 7 / 2.0, 7.0 / 2, -0.0 + 0, 0 * -1.0, -0.0 - 0.0)
print(2**63 + 0.5, 0.5 + 2**63, 2**53 + 1 + 0.0, float(2**53 + 1), 2**1000 * 0.0)
try:
    2**1100 + 1.0
except OverflowError as e:
    print("OverflowError", e)
nan = float("nan")
print(nan == nan, nan != nan, nan < 1.0, nan >= nan, 1.0 > nan, [nan < nan, nan <= nan])
print(-0.0 == 0.0, -0.0 < 0.0, math.copysign(1, -0.0 * 1), math.copysign(1, 0.0 * -1), math.copysign(1, -0.0 - 0.0))
if nan < 1.0:
    print("bad")
else:
    print("nan not less")
print(1.0 < 2.0, 2.0 <= 2.0, 3.0 == 3, 3 == 3.0, 2.5 > 2, 1 != 1.0)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308 - 1e308)

# subclasses with overridden dunders must not take the fast paths
class MyInt(int):
    def __add__(self, other): return "MyInt.add"
    def __radd__(self, other): return "MyInt.radd"
    def __lt__(self, other): return "MyInt.lt"
    def __floordiv__(self, other): return "MyInt.floordiv"
class MyFloat(float):
    def __mul__(self, other): return "MyFloat.mul"
    def __truediv__(self, other): return "MyFloat.truediv"
    def __gt__(self, other): return True
class MyList(list):
    def __getitem__(self, i): return ("MyList", i)
    def __setitem__(self, i, v): print("MyList.set", i, v)
class MyTuple(tuple):
    def __getitem__(self, i): return ("MyTuple", i)
    def __iter__(self): return iter(["a", "b"])
m = MyInt(3)
print(m + 1, 1 + m, m < 2, m // 2, m - 1, type(m - 1))
f = MyFloat(2.0)
print(f * 2, f / 2, f > 100.0, f + 1, type(f + 1))
if f > 100.0:
    print("MyFloat.gt used")
ml = MyList([1, 2, 3])
print(ml[0], ml[-1])
ml[1] = 5
mt = MyTuple((1, 2))
print(mt[0])
p, q = mt
print(p, q)

# subscripts: negative indexes, out of range, tuples
l = [10, 20, 30]
t = (1, 2, 3)
print(l[0], l[-1], l[-3], t[0], t[-1], t[-3], t[True])
for o in (l, t):
    for i in (3, -4, 2**70):
        try:
            o[i]
        except IndexError as e:
            print("IndexError", e)
l[-1] = 99
l[0] = "x"
print(l)
try:
    l[3] = 1
except IndexError as e:
    print("IndexError", e)

# FOR_ITER over range and list, stored straight into a local
total = 0
for i in range(5):
    total += i
print(total, i)
for i in range(2**63 - 3, 2**63 - 1):
    print(i, end=" ")
for i in range(-(2**63), -(2**63) + 2):
    print(i, end=" ")
for i in range(10, 0, -3):
    print(i, end=" ")
print()
items = [1, 2]
seen = []
for v in items:
    seen.append(v)
    if len(items) < 5:
        items.append(v * 10)
print(seen)
it = iter([1, 2])
for v in it:
    pass
print(list(it), next(it, "done"))
r = iter(range(3))
print(next(r), list(r), list(r))
def gen():
    yield 1
    yield 2
for v in gen():
    print("gen", v)
for a, b in [(1, 2), (3, 4)]:
    print(a, b)
for a, b in [[5, 6], "xy"]:
    print(a, b)
a, b = 1, 2
a, b = b, a
print(a, b)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print("ValueError", e)
try:
    a, b = (1,)
except ValueError as e:
    print("ValueError", e)
