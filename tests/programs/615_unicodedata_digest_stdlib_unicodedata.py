# unicodedata over whole ranges, summarised: per-range digests of every property (both versions)
# and category counts, so a wrong table entry anywhere in these ranges shows up.
import unicodedata as U
import hashlib

RANGES = [(0x0, 0x800), (0x800, 0x2000), (0x2000, 0x3400), (0xa000, 0xac00), (0xd700, 0xd800), (0xf900, 0x10000),
          (0x10000, 0x10400), (0x11000, 0x11400), (0x16f00, 0x17000), (0x1d400, 0x1d800), (0x1f000, 0x1f400),
          (0x2f800, 0x2fa20), (0xe0000, 0xe0200)]

for db in (U, U.ucd_3_2_0):
    counts = {}
    for lo, hi in RANGES:
        h = hashlib.md5()
        for cp in range(lo, hi):
            c = chr(cp)
            cat = db.category(c)
            counts[cat] = counts.get(cat, 0) + 1
            h.update(('%s %s %d %s %d %s %s %s %s %s\n' % (
                cat, db.bidirectional(c), db.combining(c), db.east_asian_width(c), db.mirrored(c),
                db.decimal(c, None), db.digit(c, None), db.numeric(c, None), db.decomposition(c),
                db.name(c, None))).encode())
        print(db.unidata_version, hex(lo), hex(hi), h.hexdigest())
    print(sorted(counts.items()))

for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    for db in (U, U.ucd_3_2_0):
        h = hashlib.md5()
        changed = 0
        for lo, hi in RANGES:
            for cp in range(lo, hi):
                if 0xd800 <= cp < 0xe000:
                    continue
                s = chr(cp) + '\u0323'
                n = db.normalize(form, s)
                changed += n != s
                h.update(n.encode() + b'|')
        print(form, db.unidata_version, changed, h.hexdigest())
