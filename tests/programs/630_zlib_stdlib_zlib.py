# zlib: byte-identical compression, every wbits family, streaming objects, errors.
import zlib

data = b"".join(b"line %d: the quick brown fox jumps over the lazy dog\n" % i for i in range(300))
print(len(data), zlib.crc32(data), zlib.adler32(data))
print(zlib.crc32(b"abc", 12345), zlib.adler32(b"abc", 7), zlib.crc32(b"", 5), zlib.adler32(b""))
print(zlib.crc32(b"abc", -1), zlib.crc32(b"abc", 2**40 + 5))
crc = 0
for i in range(0, len(data), 777):
    crc = zlib.crc32(data[i:i + 777], crc)
print(crc == zlib.crc32(data))

for level in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, level)
    print("level", level, len(c), c[:12].hex(), zlib.crc32(c), zlib.decompress(c) == data)
print(zlib.compress(b""), zlib.compress(b"a"), zlib.compress(b"hello hello hello"))
print(zlib.compress(bytearray(b"xyz")), zlib.compress(memoryview(b"xyz")))

for wbits in (9, 12, 15, -9, -15, 25, 31):
    c = zlib.compress(data, wbits=wbits)
    print("wbits", wbits, len(c), c[:10].hex(), zlib.crc32(c))
    print("  back", zlib.decompress(c, wbits) == data)
gz = zlib.compress(data, wbits=31)
zl = zlib.compress(data)
print(zlib.decompress(gz, 47) == data, zlib.decompress(zl, 47) == data, zlib.decompress(zlib.compress(b"abc", wbits=9), 41))
print(zlib.decompress(zl, bufsize=1) == data, zlib.decompress(zl, bufsize=0) == data)
print(zlib.decompress(zl + b"trailing garbage") == data)

# compressobj / flush modes
for strategy in (zlib.Z_DEFAULT_STRATEGY, zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
    co = zlib.compressobj(6, zlib.DEFLATED, 15, 9, strategy)
    out = co.compress(data) + co.flush()
    print("strategy", strategy, len(out), zlib.crc32(out))
co = zlib.compressobj(level=9, wbits=-12, memLevel=5)
parts = []
for i in range(0, len(data), 1000):
    parts.append(co.compress(data[i:i + 1000]))
    if i == 2000:
        parts.append(co.flush(zlib.Z_SYNC_FLUSH))
    if i == 5000:
        parts.append(co.flush(zlib.Z_FULL_FLUSH))
print(co.flush(zlib.Z_NO_FLUSH))
parts.append(co.flush())
stream = b"".join(parts)
print([len(p) for p in parts][:8], len(stream), zlib.crc32(stream))
print(zlib.decompress(stream, -12) == data)
print(stream[-5:].hex())

co = zlib.compressobj()
a = co.compress(data[:5000])
cp = co.copy()
x = a + co.compress(b"one") + co.flush()
y = a + cp.compress(b"two") + cp.flush()
print(zlib.decompress(x)[-3:], zlib.decompress(y)[-3:])
import copy
c2 = copy.copy(zlib.compressobj())
print(type(c2).__name__, type(c2).__module__)

# zdict
zd = b"the quick brown fox jumps over the lazy dog"
co = zlib.compressobj(zdict=zd)
cz = co.compress(data) + co.flush()
print("zdict", len(cz), cz[:6].hex())
do = zlib.decompressobj(zdict=zd)
print(do.decompress(cz) == data, do.eof)
raw = zlib.compressobj(wbits=-15, zdict=zd)
rz = raw.compress(b"the lazy dog") + raw.flush()
print(zlib.decompressobj(wbits=-15, zdict=zd).decompress(rz))
try:
    zlib.decompress(cz)
except zlib.error as e:
    print("error:", e)

# decompressobj: max_length, unconsumed_tail, unused_data, eof
do = zlib.decompressobj()
got = []
chunk = do.decompress(zl, 1000)
while chunk:
    got.append(chunk)
    chunk = do.decompress(do.unconsumed_tail, 1000)
print(len(got), set(len(g) for g in got[:-1]), b"".join(got) == data, do.eof, do.unconsumed_tail, do.unused_data)
do = zlib.decompressobj()
out = do.decompress(zl + b"EXTRA")
print(out == data, do.eof, do.unused_data, do.decompress(b"MORE"), do.unused_data)
print(do.flush(), do.eof)
do = zlib.decompressobj()
out = b""
for i in range(0, len(zl), 7):
    out += do.decompress(zl[i:i + 7])
print(out == data, do.eof)
do = zlib.decompressobj()
part = do.decompress(zl[:200])
dc = do.copy()
r1 = part + do.decompress(zl[200:]) + do.flush()
r2 = part + dc.decompress(zl[200:])
print(r1 == data, r2 == data, dc.eof)
do = zlib.decompressobj()
part = do.decompress(zl, 10)
rest = do.flush()
print(len(part), part + rest == data, do.eof, do.unconsumed_tail)
try:
    do.copy()
except ValueError as e:
    print("ValueError:", e)
do = zlib.decompressobj(wbits=47)
print(do.decompress(gz[:30]) + do.decompress(gz[30:]) == data, do.eof)

# errors
def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", r if not isinstance(r, bytes) or len(r) < 40 else len(r))
    except Exception as e:
        print(type(e).__name__ if type(e) is not zlib.error else "zlib.error", e)

err(zlib.decompress, b"not compressed")
err(zlib.decompress, zl[:-5])
err(zlib.decompress, zl[:20])
err(zlib.decompress, b"")
err(zlib.decompress, gz)
err(zlib.decompress, zl, -15)
err(zlib.decompress, zl, 3)
err(zlib.decompress, zl, bufsize=-1)
err(zlib.compress, data, 10)
err(zlib.compress, data, wbits=7)
err(zlib.compress, "text")
err(zlib.compress, data, 1.5)
err(zlib.compress, data, 2**40)
err(zlib.compressobj, level=42)
err(zlib.compressobj, method=7)
err(zlib.compressobj, memLevel=10)
err(zlib.compressobj, zdict="str")
err(zlib.decompressobj, wbits=99)
err(zlib.decompressobj, zdict="str")
err(zlib.decompressobj().decompress, zl, -1)
err(zlib.decompressobj().decompress, b"garbage!")
err(zlib.decompressobj().flush, 0)
err(zlib.crc32, "abc")
err(zlib.adler32)
co = zlib.compressobj()
co.flush()
err(co.compress, b"x")
err(co.flush)
err(co.copy)
err(type(co))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.Z_BEST_SPEED,
      zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_NO_COMPRESSION, zlib.Z_FILTERED,
      zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY, zlib.Z_NO_FLUSH,
      zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)
print(zlib.ZLIB_VERSION == zlib.ZLIB_RUNTIME_VERSION, zlib.ZLIB_VERSION.count("."), issubclass(zlib.error, Exception))
print(zlib.error.__module__, zlib.error.__name__)

# Level 0 writes stored blocks straight into the output space it is given, so the bytes depend on
# the output buffer's block sizes (32 KiB, 64 KiB, 256 KiB, ...): they must be CPython's.
big = bytes(range(256)) * 1500
for wb in (15, -15, 31):
    c = zlib.compress(big, 0, wb)
    print("stored", wb, len(c), zlib.crc32(c), zlib.decompress(c, wb) == big)
co = zlib.compressobj(0, zlib.DEFLATED, 11, 3, zlib.Z_DEFAULT_STRATEGY)
s = co.compress(big[:100000]) + co.flush(zlib.Z_SYNC_FLUSH) + co.compress(big[100000:]) + co.flush()
print("stored stream", len(s), zlib.crc32(s), zlib.decompress(s, 11) == big)
