# bz2 and lzma decompressors at max_length boundaries: eof/needs_input after each call, and a
# one-byte-at-a-time feed with a 3-byte output limit (the call count pins CPython's loop exits).
import bz2, lzma, _bz2, _lzma
data = b'x' * 1000 + bytes(range(256)) * 3
for mod, D in ((bz2, _bz2.BZ2Decompressor), (lzma, _lzma.LZMADecompressor)):
    c = mod.compress(data)
    for ml in (0, 1, len(data) - 1, len(data), len(data) + 1, -1):
        d = D()
        out = d.decompress(c, ml)
        r = [len(out), d.eof, d.needs_input]
        if not d.eof:
            out2 = d.decompress(b'', -1) if not d.needs_input else b''
            r += [len(out2), d.eof, d.needs_input]
        print(mod.__name__, ml, r)
    # feed one byte at a time with max_length 1
    d = D(); got = b''; calls = 0
    i = 0
    while not d.eof and calls < 100000:
        chunk = c[i:i+1] if d.needs_input else b''
        if d.needs_input: i += 1
        got += d.decompress(chunk, 3); calls += 1
    print(mod.__name__, 'trickle', got == data, calls)
