"""Writes Data/NAME.txt: where CPython 3.11's CJK codec NAME differs from the .NET code page DbcsTable builds it
from. Run with python3.11 (the reference): python3.11 gen_cjk_tables.py. Needs `dotnet fsi` for the .NET side.
Format (DbcsTable.ApplyDifferences): X a b = sequences a..b (in DbcsTable's index order) invalid; D a v... = a and
the following sequences decode to v...; E c bytes|- = the encoding of c after the rest is applied (an added decode
mapping also becomes its code point's encoding when that had none)."""
import os, subprocess, sys, tempfile

CODECS = [('shift_jis', 932), ('cp932', 932), ('euc_jp', 20932), ('gb2312', 20936), ('gbk', 936), ('gb18030', 54936),
          ('big5', 950), ('cp950', 950), ('euc_kr', 51949), ('cp949', 949), ('johab', 1361)]
HERE = os.path.dirname(os.path.abspath(__file__))


def sequences(cp):
    for b in range(256): yield bytes([b])
    for l in range(0x80, 0x100):
        for t in range(256): yield bytes([l, t])
    if cp == 20932:
        for a in range(0xA1, 0xFF):
            for b in range(0xA1, 0xFF): yield bytes([0x8F, a, b])
    if cp == 54936:
        for a in range(0x81, 0x85):
            for b in range(0x30, 0x3A):
                for c in range(0x81, 0xFF):
                    for d in range(0x30, 0x3A): yield bytes([a, b, c, d])


def differences(codec, cp, netfile):
    net_d, net_e = {}, {}
    for line in open(netfile):
        k, a, b = line.split()
        if k == 'D': net_d[bytes.fromhex(a)] = int(b, 16)
        else: net_e[int(a, 16)] = bytes.fromhex(b)
    order = list(sequences(cp))
    pyd = {}
    for s in order:
        try:
            r = s.decode(codec)
            if len(r) == 1: pyd[s] = ord(r)
        except UnicodeDecodeError:
            pass
    lines = []
    i = 0
    while i < len(order):
        s = order[i]
        if s in net_d and s not in pyd:
            j = i
            while j + 1 < len(order) and order[j + 1] not in pyd: j += 1
            lines.append(f'X {s.hex().upper()} {order[j].hex().upper()}')
            i = j + 1
            continue
        if s in pyd and net_d.get(s) != pyd[s]:
            j = i
            vals = [pyd[s]]
            while j + 1 < len(order) and order[j + 1] in pyd and net_d.get(order[j + 1]) != pyd[order[j + 1]]:
                j += 1
                vals.append(pyd[order[j]])
            lines.append(f'D {s.hex().upper()} ' + ' '.join('%X' % v for v in vals))
            i = j + 1
            continue
        i += 1
    removed = {s for s in net_d if s not in pyd}
    enc = {c: b for c, b in net_e.items() if b not in removed}
    for s in order:
        if s in pyd and net_d.get(s) != pyd[s] and pyd[s] not in enc: enc[pyd[s]] = s
    for c in range(0x10000):
        if 0xD800 <= c < 0xE000: continue
        try: e = chr(c).encode(codec)
        except UnicodeEncodeError: e = None
        if codec == 'euc_kr' and e is not None and len(e) == 8 and e[:2] == b'\xa4\xd4':
            e = None  # make-up sequences are computed (HangulMakeup), the table must just not have the syllable
            if c not in enc: continue
        if enc.get(c) != e:
            lines.append(f'E {c:X} {"-" if e is None else e.hex().upper()}')
    return lines


def main():
    with tempfile.TemporaryDirectory() as tmp:
        cps = sorted({cp for _, cp in CODECS})
        subprocess.run(['dotnet', 'fsi', os.path.join(HERE, 'dump_codepages.fsx'), tmp] + [str(c) for c in cps], check=True)
        for codec, cp in CODECS:
            lines = differences(codec, cp, os.path.join(tmp, f'net_{cp}.txt'))
            with open(os.path.join(HERE, 'Data', codec + '.txt'), 'w') as f:
                f.write(f'# {codec}: differences from .NET code page {cp} (gen_cjk_tables.py)\n' + '\n'.join(lines) + '\n')
            print(codec, cp, len(lines), 'lines', file=sys.stderr)


if __name__ == '__main__':
    main()
