# bz2/_bz2: byte-identical output (sha256 digests) at every level, streaming compression and
# decompression with max_length, multi-stream files, and the module's errors.
import bz2
import hashlib
import io
import pickle
import _bz2


def digest(b):
    return hashlib.sha256(b).hexdigest()[:20]


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:120])
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


data = b"".join(b"record %05d: the quick brown fox jumps over the lazy dog %d\n" % (i, i * i % 97) for i in range(2000))
binary = bytes((i * 7 + (i >> 5)) & 0xFF for i in range(20000))
print(len(data), digest(data))

for level in (1, 2, 5, 9):
    c = bz2.compress(data, level)
    print("level", level, len(c), digest(c), bz2.decompress(c) == data)
print(bz2.compress(b"").hex(), bz2.compress(b"a").hex())
print(digest(bz2.compress(binary)), digest(bz2.compress(bytearray(binary))), digest(bz2.compress(memoryview(binary))))

comp = _bz2.BZ2Compressor(5)
pieces = [comp.compress(data[i:i + 4000]) for i in range(0, len(data), 4000)]
pieces.append(comp.flush())
print("pieces", sum(1 for p in pieces if p), digest(b"".join(pieces)), b"".join(pieces) == bz2.compress(data, 5))
attempt("flush again", comp.flush)
attempt("compress after flush", lambda: comp.compress(b"x"))

stream = bz2.compress(data)
d = _bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
out = [d.decompress(stream[:200], 10)]
print(len(out[0]), d.needs_input, d.eof)
while not d.eof:
    out.append(d.decompress(b"" if not d.needs_input else stream[200:] + b"TRAILER", 9000))
print(len(out), b"".join(out) == data, d.eof, d.needs_input, d.unused_data)
attempt("after eof", lambda: d.decompress(b"x"))
d = _bz2.BZ2Decompressor()
pieces = [d.decompress(stream[i:i + 51]) for i in range(0, len(stream), 51)]
print("byte feed", b"".join(pieces) == data, d.eof)
print(bz2.decompress(stream + bz2.compress(b"second")) == data + b"second")
attempt("trailing zeros", lambda: bz2.decompress(stream + b"\0" * 5) == data)

buf = io.BytesIO()
with bz2.BZ2File(buf, "w", compresslevel=3) as f:
    f.write(data[:7000])
    f.write(data[7000:])
print("file", len(buf.getvalue()), digest(buf.getvalue()))
buf.seek(0)
with bz2.open(buf, "rt", encoding="ascii") as f:
    lines = f.readlines()
print(len(lines), lines[2], lines[-1])

attempt("bad data", lambda: bz2.decompress(b"not bzip2 data at all"))
attempt("truncated", lambda: bz2.decompress(stream[:-10]))
bad = bytes.fromhex(
    "425a6839314159265359000000000000007fffff000000000000000000000000"
    "00000000000000000000000000000000000000e0370000000000000000000000"
    "000000000000000000000000000000000000000000000000000083f3")
d = _bz2.BZ2Decompressor()
attempt("data error", lambda: d.decompress(bad))
print(d.needs_input, d.eof)
attempt("after error", lambda: d.decompress(b"\0" * 18))
attempt("level 0", lambda: _bz2.BZ2Compressor(0))
attempt("level 10", lambda: _bz2.BZ2Compressor(10))
attempt("level kw", lambda: _bz2.BZ2Compressor(compresslevel=3))
attempt("level args", lambda: _bz2.BZ2Compressor(1, 2))
attempt("level str", lambda: _bz2.BZ2Compressor("a"))
attempt("level float", lambda: _bz2.BZ2Compressor(1.0))
attempt("bz2.compress level", lambda: bz2.compress(b"x", 0))
attempt("decompressor args", lambda: _bz2.BZ2Decompressor(1))
attempt("decompressor kw", lambda: _bz2.BZ2Decompressor(a=1))
attempt("decompress str", lambda: _bz2.BZ2Decompressor().decompress("x"))
attempt("decompress none", lambda: _bz2.BZ2Decompressor().decompress())
attempt("max_length str", lambda: _bz2.BZ2Decompressor().decompress(b"", max_length="x"))
attempt("compress none", lambda: _bz2.BZ2Compressor().compress())
attempt("flush arg", lambda: _bz2.BZ2Compressor().flush(1))
attempt("readonly", lambda: setattr(_bz2.BZ2Decompressor(), "eof", True))
for proto in (0, 2, 5):
    attempt("pickle c", lambda: pickle.dumps(_bz2.BZ2Compressor(), proto))
    attempt("pickle d", lambda: pickle.dumps(_bz2.BZ2Decompressor(), proto))
d = _bz2.BZ2Decompressor()
d.decompress(stream[:100])
d.__init__()
print("reinit", d.decompress(stream) == data)
attempt("strided view", lambda: bz2.compress(memoryview(b"abcdefgh")[::2]))
attempt("array", lambda: bz2.decompress(bz2.compress(__import__("array").array("H", range(300)))) == __import__("array").array("H", range(300)).tobytes())
