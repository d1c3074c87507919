#!/usr/bin/python3.11
"""Generates src/Taipan.Modules/UnicodeData/UnicodeData.bin, the property tables of the native
`unicodedata` module, from CPython 3.11's own unicodedata (Unicode 14.0.0 and ucd_3_2_0), so that
every answer is CPython's rather than .NET's (whose Unicode version differs).

Character names are not here: they live in the compiler's table (tools/gen_unicode_tables.py,
Taipan.Compiler.Lexing.UnicodeNames), which the module shares. Named sequences (lookup() only)
come from /usr/share/unicode/NamedSequences.txt (apt-get install unicode-data), kept when
python3.11's unicodedata.lookup knows them; the 3.2.0 normalization corrections from
NormalizationCorrections.txt.

Layout (little-endian, deflated without header):
  u32 magic 'UCD1'
  strings: u8 count, then count x (u8 len, ascii)          category names
           same for bidirectional names, east asian widths, numeric values (repr of the float)
  records: u16 count, then count x 9 bytes
           (category, bidi, combining, eaw, mirrored, decimal+1, digit+1, numeric u16 (0 = none))
  blocks:  u16 count, then count x 256 x u16 record ids
  index:   4352 x u16 block ids (cp >> 8) for Unicode 14.0.0, then 4352 x u16 for 3.2.0
  decompositions: u32 count, then count x (u24 cp, u8 len, ascii) as unicodedata.decomposition()
  compositions:   u32 count, then count x (u24 first, u24 second, u24 composite)
  corrections:    u8 count, then count x (u24 cp, u24 replacement) (3.2.0 NFD/NFKD only)
  named sequences: u16 count, then count x (u8 len, ascii name, u8 n, n x u24 code points)

Run: /usr/bin/python3.11 tools/gen_unicodedata.py
"""
import os, struct, unicodedata, zlib

assert unicodedata.unidata_version == '14.0.0', unicodedata.unidata_version
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', 'src', 'Taipan.Modules', 'UnicodeData', 'UnicodeData.bin')
MAX = 0x110000
SHIFT = 8
OLD = unicodedata.ucd_3_2_0


class Names:
    def __init__(self):
        self.items = []
        self.ids = {}

    def id(self, s):
        if s not in self.ids:
            self.ids[s] = len(self.items)
            self.items.append(s)
        return self.ids[s]


categories, bidis, widths, numerics = Names(), Names(), Names(), Names()
numerics.id('')  # 0 = no numeric value


def record(db, ch):
    num = db.numeric(ch, None)
    return (categories.id(db.category(ch)), bidis.id(db.bidirectional(ch)), db.combining(ch),
            widths.id(db.east_asian_width(ch)), db.mirrored(ch),
            db.decimal(ch, -1) + 1, db.digit(ch, -1) + 1,
            0 if num is None else numerics.id(repr(num)))


records = Names()
blocks = Names()
index = {}
for version, db in (('new', unicodedata), ('old', OLD)):
    ids = []
    for start in range(0, MAX, 1 << SHIFT):
        block = tuple(records.id(record(db, chr(cp))) for cp in range(start, start + (1 << SHIFT)))
        ids.append(blocks.id(block))
    index[version] = ids

decomps = []
for cp in range(MAX):
    d = unicodedata.decomposition(chr(cp))
    old = OLD.decomposition(chr(cp))
    # ucd_3_2_0 answers '' for characters unassigned in 3.2.0 and the current mapping otherwise.
    assert old == ('' if OLD.category(chr(cp)) == 'Cn' else d), hex(cp)
    if d:
        decomps.append((cp, d))

comps = []
for cp, d in decomps:
    if d.startswith('<'):
        continue
    parts = [int(x, 16) for x in d.split()]
    if len(parts) == 2 and unicodedata.normalize('NFC', chr(parts[0]) + chr(parts[1])) == chr(cp):
        comps.append((parts[0], parts[1], cp))

corrections = []
for line in open('/usr/share/unicode/NormalizationCorrections.txt'):
    line = line.split('#')[0].strip()
    if not line:
        continue
    cp, original, corrected, version = line.split(';')
    if version.strip() > '3.2.0':
        corrections.append((int(cp, 16), int(original, 16)))

named = []
for line in open('/usr/share/unicode/NamedSequences.txt'):
    line = line.split('#')[0].strip()
    if not line:
        continue
    name, seq = line.split(';')
    seq = ''.join(chr(int(x, 16)) for x in seq.split())
    try:
        ok = unicodedata.lookup(name) == seq
    except KeyError:
        ok = False
    if ok:
        named.append((name, seq))

out = bytearray(b'UCD1')


def u24(v):
    return struct.pack('<I', v)[:3]


def strings(names):
    global out
    out += struct.pack('<B', len(names.items))
    for s in names.items:
        out += struct.pack('<B', len(s)) + s.encode('ascii')


strings(categories)
strings(bidis)
strings(widths)
strings(numerics)
out += struct.pack('<H', len(records.items))
for r in records.items:
    out += struct.pack('<BBBBBBBH', *r)
out += struct.pack('<H', len(blocks.items))
for b in blocks.items:
    out += struct.pack('<%dH' % len(b), *b)
for version in ('new', 'old'):
    out += struct.pack('<%dH' % len(index[version]), *index[version])
out += struct.pack('<I', len(decomps))
for cp, d in decomps:
    out += u24(cp) + struct.pack('<B', len(d)) + d.encode('ascii')
out += struct.pack('<I', len(comps))
for a, b, c in comps:
    out += u24(a) + u24(b) + u24(c)
out += struct.pack('<B', len(corrections))
for a, b in corrections:
    out += u24(a) + u24(b)
out += struct.pack('<H', len(named))
for name, seq in named:
    out += struct.pack('<B', len(name)) + name.encode('ascii') + struct.pack('<B', len(seq))
    for c in seq:
        out += u24(ord(c))

comp = zlib.compressobj(9, zlib.DEFLATED, -15)
blob = comp.compress(bytes(out)) + comp.flush()
open(OUT, 'wb').write(blob)
print('records', len(records.items), 'blocks', len(blocks.items), 'decomps', len(decomps), 'comps', len(comps),
      'corrections', corrections, 'named', len(named), 'raw', len(out), 'deflated', len(blob))
