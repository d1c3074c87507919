# differential check of decoding/encoding with every builtin error handler on pseudo-random bytes
seed = 4242
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
pool = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xed, 0xa0, 0xb0, 0xf0, 0x9f, 0x98, 0x80, 0xf4, 0x90, 0xff, 0xfe, 0xd8, 0xdc, 0x5c, 0x78, 0x75, 0x4e, 0x7b, 0x30]
checksum = 0
for i in range(500):
    data = bytes(pool[rnd(len(pool))] for _ in range(rnd(9)))
    res = []
    for enc in ["utf-8", "utf-16-le", "utf-16-be", "utf-16", "utf-32-le", "utf-32", "ascii", "latin-1", "cp1252", "raw_unicode_escape"]:
        for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape", "surrogatepass"]:
            try:
                r = data.decode(enc, errors)
                try:
                    back = r.encode(enc, errors)
                except UnicodeEncodeError as e:
                    back = "EE" + str(e.start) + "-" + str(e.end) + e.reason
                res.append(repr(r) + "/" + repr(back))
            except UnicodeDecodeError as e:
                res.append("DE " + str(e.start) + "-" + str(e.end) + " " + e.reason)
            except Exception as e:
                res.append(type(e).__name__ + ":" + str(e))
    line = " ".join(map(str, (i, data, " | ".join(res),)))
    if i < 5:
        print(line)
    for ch in line:
        checksum = (checksum * 31 + ord(ch)) % 4294967291
print("checksum", checksum)
