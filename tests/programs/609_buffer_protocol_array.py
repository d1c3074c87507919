# The buffer protocol beyond bytes/bytearray: array.array exports its memory to memoryview, binascii,
# struct, io and hashlib; a forgotten memoryview does not block a resize, a live one does.
import array, binascii, struct, io, zlib, hashlib
a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), m.shape, m.readonly, len(m))
m[0] = 10
print(a, bytes(a), bytearray(a)[:4])
try:
    a.append(4)
except BufferError as e:
    print("BufferError", e)
m.release()
a.append(4)
print(a)
x = bytes(memoryview(a)[1:])
a.append(5)
print(x, a)
ba = bytearray(b"abc")
y = bytes(memoryview(ba)[1:])
ba.append(100)
print(ba, y)
print(binascii.hexlify(array.array('B', [1, 2, 255])), binascii.b2a_base64(array.array('h', [1, -1])))
print(struct.unpack('2h', array.array('h', [7, -7])))
b = array.array('b', [0] * 8)
struct.pack_into('<i', b, 2, -2)
print(b)
f = io.BytesIO(b"hello world")
buf = array.array('B', [0] * 5)
print(f.readinto(buf), buf)
print(zlib.crc32(array.array('d', [1.5])), hashlib.md5(array.array('I', [1, 2])).hexdigest())
d = array.array('d', [1.0, 2.5])
print(memoryview(d).tolist(), memoryview(d).cast('B').tolist()[:8], memoryview(a).cast('B').nbytes)
print(a == array.array('i', [10, 2, 3, 4, 5]), a[1:3])
a[1:3] = array.array('i', [7, 8])
print(a)
mv = memoryview(a)
a[1:3] = array.array('i', [9, 9])
print(a, mv[1])
try:
    del a[0]
except BufferError as e:
    print("BufferError", e)
