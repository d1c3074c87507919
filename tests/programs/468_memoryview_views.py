# memoryview over bytes and bytearray: attributes, slicing, casts, assignment, release and errors
def setsl(o, a, b, c, v):
    o[a:b:c] = v
buf = bytearray(b"abcdefgh")
m = memoryview(buf)
print(len(m), m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides, m.suboffsets, m.c_contiguous, m.contiguous)
print(m[0], m[-1], m[1:3].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[::2].strides, m[1:7:3].tolist(), m[5:2].tobytes())
print(m.tolist(), list(m), m.hex(), m.hex(":"), m[2:4].hex(), bytes(m[::3]), bytearray(m[4:]), m.obj is buf)
m[0] = 65; m[1:3] = b"BC"; m[-1] = 72; m[::4] = b"xy"
print(buf)
ro = memoryview(b"immutable")
print(ro.readonly, ro[2:5].tobytes(), ro == b"immutable", ro[:2] == b"im", ro == bytearray(b"immutable"), ro != b"x", hash(ro) == hash(b"immutable"))
print(memoryview(b"ab") == memoryview(bytearray(b"ab")), memoryview(b"ab") == "ab", ro.toreadonly().readonly, m.toreadonly().readonly)
ints = memoryview(bytearray(8)).cast("i")
ints[0] = -1; ints[1] = 258
print(ints.tolist(), ints.format, ints.itemsize, len(ints), ints.nbytes, ints.shape, ints.strides, bytes(ints.obj), ints.cast("B").tolist()[:6])
for fmt in ["B", "b", "c", "h", "H", "i", "I", "q", "Q", "f", "d", "?", "@B", "l", "L", "n", "N"]:
    v = memoryview(bytes(range(1, 17))).cast(fmt)
    print(fmt, v.format, v.itemsize, len(v), v.tolist()[:3])
grid = memoryview(bytes(range(6))).cast("B", shape=[2, 3])
print(grid.shape, grid.strides, grid.ndim, grid.tolist(), grid.nbytes, grid.tobytes(), len(grid))
f = memoryview(bytearray(8)).cast("d")
f[0] = 1.5
print(f.tolist(), f[0])
with memoryview(bytearray(b"ctx")) as mv:
    print(mv.tobytes())
print(repr(mv).startswith("<released memory at 0x"))
for bad in [lambda: mv.tobytes(), lambda: len(mv), lambda: mv[0], lambda: mv.readonly, lambda: m.__setitem__(0, 300),
            lambda: setsl(m, 0, 2, None, b"abc"), lambda: ro.__setitem__(0, 1), lambda: memoryview("str"),
            lambda: m[100], lambda: m["a"], lambda: ints.__setitem__(0, 1.5), lambda: ints.__setitem__(0, 2 ** 40),
            lambda: m.cast("B", shape=[3, 3]), lambda: m.cast("x"), lambda: ints.cast("h"), lambda: hash(m),
            lambda: m < m, lambda: grid[0], lambda: memoryview(b"abc").cast("i"), lambda: m.__delitem__(0),
            lambda: memoryview(b"ab").cast("h").__setitem__(0, 1)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(memoryview(b"ab").release(), memoryview(memoryview(b"nested")).tobytes(), bytes(memoryview(b"xyz")[::-1]))
