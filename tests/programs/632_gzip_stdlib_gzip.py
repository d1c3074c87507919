# gzip, zipfile and tarfile over zlib, all in memory; compressed bytes must equal CPython's.
import gzip
import io
import tarfile
import zipfile
import zlib

data = b"".join(b"record %05d %s\n" % (i, b"xyz" * (i % 7)) for i in range(2000))

gz = gzip.compress(data, mtime=0)
print(len(gz), gz[:10].hex(), zlib.crc32(gz))
print(gzip.decompress(gz) == data)
print(gzip.compress(b"", mtime=0).hex())
for level in (1, 5, 9):
    print(level, len(gzip.compress(data, compresslevel=level, mtime=0)))

buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=1234567890, filename="notes.txt") as f:
    f.write(data[:5000])
    f.write(memoryview(data[5000:]))
raw = buf.getvalue()
print(len(raw), raw[:24], zlib.crc32(raw))
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    print(f.read(20), f.readline(), f.mtime, f.name)
    f.seek(1000)
    print(f.read(10), f.tell())
    print(sum(1 for _ in f))
print(gzip.decompress(gz + gz) == data + data)
try:
    gzip.decompress(b"not gzip data")
except gzip.BadGzipFile as e:
    print("BadGzipFile:", e)
try:
    gzip.decompress(gz[:-6])
except EOFError as e:
    print("EOFError:", e)

# zipfile: stored and deflated members
zbuf = io.BytesIO()
with zipfile.ZipFile(zbuf, "w") as zf:
    zf.writestr(zipfile.ZipInfo("plain.txt", (2020, 1, 2, 3, 4, 6)), b"hello zip\n")
    zi = zipfile.ZipInfo("deflated.txt", (2021, 5, 6, 7, 8, 10))
    zi.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(zi, data)
    zi = zipfile.ZipInfo("dir/level9.bin", (2022, 1, 1, 0, 0, 0))
    zf.writestr(zi, data[:3000], compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
zbytes = zbuf.getvalue()
print(len(zbytes), zlib.crc32(zbytes))
with zipfile.ZipFile(io.BytesIO(zbytes)) as zf:
    for info in zf.infolist():
        print(info.filename, info.compress_type, info.file_size, info.compress_size, hex(info.CRC))
    print(zf.read("plain.txt"), zf.read("deflated.txt") == data, zf.testzip())
    with zf.open("dir/level9.bin") as member:
        print(member.read(15), len(member.read()))

# tarfile with gzip compression
tbuf = io.BytesIO()
with tarfile.open(fileobj=tbuf, mode="w:gz") as tf:
    for name, payload in (("a.txt", b"alpha\n"), ("b/data.bin", data[:7000])):
        ti = tarfile.TarInfo(name)
        ti.size = len(payload)
        ti.mtime = 1600000000
        tf.addfile(ti, io.BytesIO(payload))
tbuf.seek(0)
with tarfile.open(fileobj=tbuf, mode="r:gz") as tf:
    for m in tf.getmembers():
        print(m.name, m.size, m.mtime)
    print(tf.extractfile("a.txt").read(), tf.extractfile("b/data.bin").read() == data[:7000])
