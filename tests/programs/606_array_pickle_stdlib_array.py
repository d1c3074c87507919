# array pickling (array.__reduce_ex__, array._array_reconstructor with foreign machine formats)
import array, pickle, copy
from array import _array_reconstructor as rec
for code in "bBhHiIlLqQfdu":
    a = array.array(code, "abc" if code == "u" else [1, 2, 3])
    for proto in range(6):
        b = pickle.loads(pickle.dumps(a, proto))
        assert a == b and type(b) is array.array, (code, proto)
    print(code, a.__reduce_ex__(3)[1][2], copy.deepcopy(a) == a)
print(rec(array.array, "i", 9, b"\x00\x00\x00\x05\xff\xff\xff\xff"))
print(rec(array.array, "d", 17, b"?\xf0\x00\x00\x00\x00\x00\x00"))
print(rec(array.array, "u", 19, "hé".encode("utf-16-be")))
for args in [(1, "i", 0, b""), (int, "i", 0, b""), (array.array, "x", 0, b""), (array.array, "i", 22, b""), (array.array, "i", 8, "s"), (array.array, "i", 8, b"abc")]:
    try: rec(*args)
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
class A(array.array): pass
x = A("i", [1]); x.attr = 5
y = pickle.loads(pickle.dumps(x, 4)); print(type(y).__name__, y, y.attr)
import sys
a = array.array("d", [-1] * 65536)
try:
    a *= sys.maxsize // 65536 + 1
except MemoryError:
    print("MemoryError", len(a))
try:
    array.array("d", [1.0, 2.0, 3.0]) * (sys.maxsize // 3 + 1)
except MemoryError:
    print("MemoryError")
c = array.array("i", [1, 2])
d = c
c *= 3
print(c, d is c)
c *= 0
print(c)
print(array.array("b", [7]) * 3, 2 * array.array("h", [1, 2]))
