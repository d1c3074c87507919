# tarfile with xz and bz2 compression, entirely in memory: write, list, extract, stream modes.
import bz2
import hashlib
import io
import lzma
import tarfile


def make_members():
    files = []
    for i in range(6):
        body = b"".join(b"file %d line %d\n" % (i, j) for j in range(200 * (i + 1)))
        info = tarfile.TarInfo("dir/file%d.txt" % i)
        info.size = len(body)
        info.mtime = 1_600_000_000 + i
        info.mode = 0o644
        info.uname = info.gname = "taipan"
        files.append((info, body))
    return files


for mode in ("w:xz", "w:bz2"):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode, format=tarfile.GNU_FORMAT) as tar:
        d = tarfile.TarInfo("dir")
        d.type = tarfile.DIRTYPE
        d.mtime = 1_600_000_000
        d.mode = 0o755
        tar.addfile(d)
        for info, body in make_members():
            tar.addfile(info, io.BytesIO(body))
    raw = buf.getvalue()
    print(mode, len(raw), hashlib.sha256(raw).hexdigest()[:20])
    inner = lzma.decompress(raw) if mode == "w:xz" else bz2.decompress(raw)
    print("  tar bytes", len(inner), hashlib.sha256(inner).hexdigest()[:20])
    for read_mode in ("r:*", "r:" + mode[2:], "r|" + mode[2:]):
        buf.seek(0)
        with tarfile.open(fileobj=buf, mode=read_mode) as tar:
            names = []
            total = 0
            for m in tar:
                names.append((m.name, m.size, m.isdir()))
                if m.isfile():
                    total += len(tar.extractfile(m).read())
        print(" ", read_mode, names[:3], len(names), total)

# streaming write, then reading one member back
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w|xz") as tar:
    for info, body in make_members()[:2]:
        tar.addfile(info, io.BytesIO(body))
buf.seek(0)
with tarfile.open(fileobj=buf, mode="r:xz") as tar:
    print(tar.getnames(), tar.extractfile("dir/file1.txt").read()[:30])

# a corrupt archive
try:
    tarfile.open(fileobj=io.BytesIO(b"\xfd7zXZ\x00garbage" * 10), mode="r:xz")
except tarfile.ReadError as e:
    print("ReadError", e)
try:
    tarfile.open(fileobj=io.BytesIO(b"BZh9garbage" * 10), mode="r:bz2")
except tarfile.ReadError as e:
    print("ReadError", e)
