b = bytearray(b"abcdef")
m = memoryview(b)
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), m.tolist(), len(m), m.nbytes, m.readonly, m.itemsize, m.format, m.ndim, m.shape, m.strides)
m[0] = ord("Z")
m[1:3] = b"YX"
print(b)
ro = memoryview(b"immutable")
print(ro.readonly, ro[2:5].tobytes(), ro[::2].tobytes(), ro.hex(), ro == b"immutable", ro[:2] == b"im")
try:
    ro[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
ints = memoryview(bytearray(8)).cast("i")
ints[0] = -1
ints[1] = 258
print(ints.tolist(), ints.format, ints.itemsize, len(ints), bytes(ints.obj))
c = memoryview(b"\x01\x02\x03\x04").cast("B", shape=[2, 2])
print(c.shape, c.tolist(), c.ndim)
print(memoryview(b"abc").obj, bytes(memoryview(b"xyz")[::-1]))
with memoryview(bytearray(b"ctx")) as mv:
    print(mv.tobytes())
try:
    mv.tobytes()
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0] = 300
except ValueError as e:
    print(type(e).__name__, e)
try:
    m[0:2] = b"abc"
except ValueError as e:
    print(type(e).__name__, e)
try:
    memoryview("str")
except TypeError as e:
    print(type(e).__name__, e)
print(m.toreadonly().readonly, list(memoryview(b"hi")), memoryview(b"ab").release())
