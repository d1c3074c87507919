# lzma/_lzma: byte-identical .xz/.lzma/raw output (sha256 digests), filter chains, streaming
# decompression with max_length, properties, and the module's validation messages.
import hashlib
import io
import lzma
import pickle
import _lzma as L


def digest(b):
    return hashlib.sha256(b).hexdigest()[:20]


def attempt(label, f):
    try:
        r = f()
        print(label, "->", repr(r)[:120])
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


data = b"".join(b"record %05d: the quick brown fox jumps over the lazy dog %d\n" % (i, i * i % 97) for i in range(1500))
binary = bytes((i * 7 + (i >> 5)) & 0xFF for i in range(20000))
print(len(data), digest(data), len(binary), digest(binary))

print(sorted(k for k in dir(L) if k.isupper()))
print(L.FILTER_LZMA1, L.FILTER_LZMA2, L.PRESET_EXTREME, L.CHECK_UNKNOWN, L.MF_BT4, L.MODE_NORMAL)

# one-shot, every preset and check
for preset in (0, 1, 2, 3, 6):
    c = lzma.compress(data, preset=preset)
    print("preset", preset, len(c), digest(c), lzma.decompress(c) == data)
c = lzma.compress(data, preset=1 | lzma.PRESET_EXTREME)
print("extreme", len(c), digest(c))
for check in (lzma.CHECK_NONE, lzma.CHECK_CRC32, lzma.CHECK_CRC64, lzma.CHECK_SHA256):
    c = lzma.compress(binary, check=check)
    d = L.LZMADecompressor()
    print("check", check, len(c), digest(c), d.decompress(c) == binary, d.check, L.is_check_supported(check))
print(lzma.compress(b"").hex())
print(lzma.compress(b"a", format=lzma.FORMAT_ALONE).hex())

# FORMAT_ALONE and FORMAT_RAW, custom chains
alone = lzma.compress(data, format=lzma.FORMAT_ALONE, preset=3)
print("alone", len(alone), digest(alone), lzma.decompress(alone) == data, lzma.decompress(alone, format=lzma.FORMAT_ALONE) == data)
chains = [
    [{"id": lzma.FILTER_LZMA2, "preset": 1}],
    [{"id": lzma.FILTER_DELTA, "dist": 4}, {"id": lzma.FILTER_LZMA2, "preset": 3, "mf": lzma.MF_HC4, "mode": lzma.MODE_FAST}],
    [{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2, "dict_size": 1 << 20, "lc": 2, "lp": 1, "pb": 1, "nice_len": 64, "depth": 10}],
    [{"id": lzma.FILTER_ARM, "start_offset": 16}, {"id": lzma.FILTER_LZMA2, "mf": lzma.MF_BT2}],
    [{"id": lzma.FILTER_SPARC}, {"id": lzma.FILTER_POWERPC}, {"id": lzma.FILTER_IA64}, {"id": lzma.FILTER_LZMA2, "preset": 0}],
]
for chain in chains:
    xz = lzma.compress(binary, filters=chain)
    raw = lzma.compress(binary, format=lzma.FORMAT_RAW, filters=chain)
    print("chain", [f["id"] for f in chain], len(xz), digest(xz), len(raw), digest(raw),
          lzma.decompress(xz) == binary, lzma.decompress(raw, format=lzma.FORMAT_RAW, filters=chain) == binary)
raw1 = lzma.compress(data, format=lzma.FORMAT_RAW, filters=[{"id": lzma.FILTER_LZMA1, "preset": 2}])
print("raw lzma1", len(raw1), digest(raw1))
alone1 = lzma.compress(data, format=lzma.FORMAT_ALONE, filters=[{"id": lzma.FILTER_LZMA1, "dict_size": 1 << 16}])
print("alone lzma1", len(alone1), digest(alone1), lzma.decompress(alone1) == data)

# incremental compression equals one-shot
comp = L.LZMACompressor(preset=2)
pieces = [comp.compress(data[i:i + 3000]) for i in range(0, len(data), 3000)]
pieces.append(comp.flush())
print("pieces", sum(1 for p in pieces if p), digest(b"".join(pieces)), b"".join(pieces) == lzma.compress(data, preset=2))
attempt("flush again", comp.flush)
attempt("compress after flush", lambda: comp.compress(b"x"))

# streaming decompression with max_length, needs_input, unused_data
stream = lzma.compress(data)
d = L.LZMADecompressor()
print(d.check, d.eof, d.needs_input, d.unused_data)
out = [d.decompress(stream[:100], 50)]
print(len(out[0]), d.needs_input, d.eof, d.check)
while not d.eof:
    chunk = d.decompress(b"" if not d.needs_input else stream[100:] + b"TRAILER", 7000)
    out.append(chunk)
print(len(out), b"".join(out) == data, d.eof, d.needs_input, d.unused_data)
attempt("after eof", lambda: d.decompress(b"x"))
d = L.LZMADecompressor()
print(len(d.decompress(stream, max_length=0)), d.needs_input)
d = L.LZMADecompressor()
pieces = []
for i in range(0, len(stream), 37):
    pieces.append(d.decompress(stream[i:i + 37]))
print("byte feed", b"".join(pieces) == data, d.eof)
print(lzma.decompress(stream + stream) == data * 2)
attempt("padding", lambda: lzma.decompress(stream + b"\0" * 12) == data)

# LZMAFile in memory
buf = io.BytesIO()
with lzma.LZMAFile(buf, "w", preset=1) as f:
    f.write(data[:5000])
    f.write(memoryview(data[5000:]))
print("file", len(buf.getvalue()), digest(buf.getvalue()))
buf.seek(0)
with lzma.open(buf, "rt", encoding="ascii") as f:
    lines = f.readlines()
print(len(lines), lines[1], lines[-1])

# properties
for spec in ({"id": lzma.FILTER_LZMA1}, {"id": lzma.FILTER_LZMA1, "lc": 0, "lp": 2, "pb": 0, "dict_size": 65536},
             {"id": lzma.FILTER_LZMA2}, {"id": lzma.FILTER_LZMA2, "dict_size": 1000}, {"id": lzma.FILTER_DELTA, "dist": 3},
             {"id": lzma.FILTER_X86, "start_offset": 4}):  # start_offset 0 encodes as b"" and CPython crashes decoding it
    props = L._encode_filter_properties(spec)
    back = L._decode_filter_properties(spec["id"], props)
    print("props", props.hex(), back)

# errors
attempt("bad data", lambda: lzma.decompress(b"garbage" * 5))
attempt("xz bad", lambda: L.LZMADecompressor(L.FORMAT_XZ).decompress(b"garbage"))
attempt("truncated", lambda: lzma.decompress(stream[:-5]))
corrupt = bytearray(lzma.compress(b"abc" * 1000))
corrupt[40:45] = b"\xff" * 5
attempt("corrupt", lambda: lzma.decompress(bytes(corrupt)))
attempt("memlimit", lambda: L.LZMADecompressor(memlimit=1000).decompress(stream))
attempt("raw no filters", lambda: L.LZMACompressor(format=L.FORMAT_RAW))
attempt("bad format", lambda: L.LZMACompressor(format=9))
attempt("alone check", lambda: L.LZMACompressor(format=L.FORMAT_ALONE, check=L.CHECK_CRC32))
attempt("both", lambda: L.LZMACompressor(preset=1, filters=[]))
attempt("preset -1", lambda: L.LZMACompressor(preset=-1))
attempt("preset big", lambda: L.LZMACompressor(preset=2 ** 32))
attempt("preset str", lambda: L.LZMACompressor(preset="a"))
attempt("preset 10", lambda: L.LZMACompressor(preset=10))
attempt("alone preset 10", lambda: L.LZMACompressor(format=L.FORMAT_ALONE, preset=10))
attempt("check 99", lambda: L.LZMACompressor(check=99))
attempt("no id", lambda: L.LZMACompressor(filters=[{}]))
attempt("not dict", lambda: L.LZMACompressor(filters=[1]))
attempt("bad id", lambda: L.LZMACompressor(filters=[{"id": 99}]))
attempt("str id", lambda: L.LZMACompressor(filters=[{"id": "a"}]))
attempt("negative id", lambda: L.LZMACompressor(filters=[{"id": -1}]))
attempt("unknown key", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_LZMA2, "foo": 1}]))
attempt("filter preset", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_LZMA2, "preset": 99}]))
attempt("dict_size big", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_LZMA2, "dict_size": 2 ** 33}]))
attempt("lc 9", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_LZMA2, "lc": 9}]))
attempt("dist 0", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_DELTA, "dist": 0}]))
attempt("delta key", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_DELTA, "foo": 0}]))
attempt("bcj negative", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_X86, "start_offset": -1}]))
attempt("too many", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_DELTA}] * 5))
attempt("no lzma", lambda: L.LZMACompressor(filters=[{"id": L.FILTER_DELTA}]))
attempt("filters int", lambda: L.LZMACompressor(filters=5))
attempt("filters dict", lambda: L.LZMACompressor(filters={"id": 1}))
attempt("alone lzma2", lambda: L.LZMACompressor(format=L.FORMAT_ALONE, filters=[{"id": L.FILTER_LZMA2}]))
attempt("args", lambda: L.LZMACompressor(1, 2, 3, 4, 5))
attempt("kw", lambda: L.LZMACompressor(foo=1))
attempt("format str", lambda: L.LZMACompressor(format="a"))
attempt("d raw", lambda: L.LZMADecompressor(format=L.FORMAT_RAW))
attempt("d raw memlimit", lambda: L.LZMADecompressor(format=L.FORMAT_RAW, memlimit=5))
attempt("d filters", lambda: L.LZMADecompressor(filters=[]))
attempt("d memlimit", lambda: L.LZMADecompressor(memlimit=-1))
attempt("d format", lambda: L.LZMADecompressor(format=7))
attempt("d args", lambda: L.LZMADecompressor(1, 2, 3, 4))
attempt("max_length big", lambda: L.LZMADecompressor().decompress(b"", 2 ** 70))
attempt("decompress str", lambda: L.LZMADecompressor().decompress("x"))
attempt("decompress none", lambda: L.LZMADecompressor().decompress())
attempt("compress none", lambda: L.LZMACompressor().compress())
attempt("flush arg", lambda: L.LZMACompressor().flush(1))
attempt("encode int", lambda: L._encode_filter_properties(5))
attempt("encode lc", lambda: L._encode_filter_properties({"id": L.FILTER_LZMA1, "lc": 9}))
attempt("decode unknown", lambda: L._decode_filter_properties(99, b""))
attempt("decode short", lambda: L._decode_filter_properties(L.FILTER_LZMA1, b""))
attempt("decode bad", lambda: L._decode_filter_properties(L.FILTER_LZMA2, b"\xff"))
attempt("is_check str", lambda: L.is_check_supported("a"))
attempt("readonly", lambda: setattr(L.LZMADecompressor(), "eof", True))
for proto in (0, 2, 5):
    attempt("pickle c", lambda: pickle.dumps(L.LZMACompressor(), proto))
    attempt("pickle d", lambda: pickle.dumps(L.LZMADecompressor(), proto))
print(L.LZMAError.__module__, L.LZMAError.__doc__, issubclass(L.LZMAError, Exception), lzma.LZMAError is L.LZMAError)
attempt("strided view", lambda: lzma.compress(memoryview(b"abcdefgh")[::2]))
