#!/usr/bin/python3.11
"""Writes tests/Taipan.Runtime.Tests/Objects/FormatCases.g.cs: (value, spec) -> text computed by
CPython 3.11 itself for format(), printf-style % and round(), plus error messages.

Run: /usr/bin/python3.11 tools/gen_format_cases.py
Deterministic (fixed seed). FormatTableTests replays every row on Taipan.
"""
import os, random, struct, sys

sys.path.insert(0, os.path.dirname(__file__))
from cs_literal import cs

assert sys.version_info[:2] == (3, 11)
rnd = random.Random(20261207)
OUT = os.path.join(os.path.dirname(__file__), '..', 'tests', 'Taipan.Runtime.Tests', 'Objects', 'FormatCases.g.cs')


def bits(v):
    return struct.unpack('<Q', struct.pack('<d', v))[0]


def rand_float():
    k = rnd.random()
    if k < 0.3:
        while True:
            v = struct.unpack('<d', struct.pack('<Q', rnd.getrandbits(64)))[0]
            if v == v:
                return v
    if k < 0.5:
        return rnd.uniform(-1e6, 1e6)
    if k < 0.7:
        return round(rnd.uniform(-1000, 1000), rnd.randint(0, 5))
    if k < 0.85:
        return rnd.randint(-10**6, 10**6) / 2 ** rnd.randint(0, 14)  # exact ties for rounding
    return rnd.random() * 10.0 ** rnd.randint(-30, 30)


SPECIAL_FLOATS = [0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 0.375, 1e-5, 123456.5, 999999.5, 9.5, 0.95, 0.995, 99.995,
                  5e-324, 1.7976931348623157e308, 2.2250738585072014e-308, 1e16, 1e17, 0.1, 1 / 3,
                  float('inf'), float('-inf'), float('nan'), -float('nan')]


def rand_spec(types, allow_precision=True, allow_z=True, allow_hash=True, allow_sign=True):
    s = ''
    if rnd.random() < 0.3:
        if rnd.random() < 0.5:
            s += rnd.choice('*x_é 0')
        s += rnd.choice('<>^=')
    if allow_sign and rnd.random() < 0.3:
        s += rnd.choice('+- ')
    if allow_z and rnd.random() < 0.15:
        s += 'z'
    if allow_hash and rnd.random() < 0.2:
        s += '#'
    if rnd.random() < 0.15:
        s += '0'
    if rnd.random() < 0.4:
        s += str(rnd.randint(1, 30))
    if rnd.random() < 0.2:
        s += rnd.choice(',_')
    if allow_precision and rnd.random() < 0.7:
        s += '.' + str(rnd.choice([rnd.randint(0, 20), rnd.randint(0, 60)]))
    s += rnd.choice(types)
    return s


def try_format(v, spec):
    try:
        return format(v, spec)
    except (ValueError, TypeError, OverflowError):
        return None


def float_rows():
    rows = []
    vals = SPECIAL_FLOATS + [rand_float() for _ in range(900)]
    for v in vals:
        for _ in range(5):
            spec = rand_spec(['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'])
            r = try_format(v, spec)
            if r is not None:
                rows.append((bits(v), spec, r))
    return rows


def rand_int():
    k = rnd.random()
    if k < 0.5:
        return rnd.randint(-1000, 1000)
    if k < 0.8:
        return rnd.randint(-2**64, 2**64)
    return rnd.randint(-10**rnd.randint(20, 120), 10**rnd.randint(20, 120))


def int_rows():
    rows = []
    for _ in range(1200):
        v = rand_int()
        spec = rand_spec(['', 'd', 'b', 'o', 'x', 'X', 'n', 'e', 'f', 'g', '%', 'E'], allow_precision=rnd.random() < 0.3, allow_z=False)
        r = try_format(v, spec)
        if r is not None:
            rows.append((str(v), spec, r))
    for c in [65, 0x263A, 0x1F600, 0, 10, 0x10FFFF]:
        for spec in ['c', '^5c', '*<4c', '3c']:
            rows.append((str(c), spec, format(c, spec)))
    return rows


def str_rows():
    rows = []
    words = ['', 'a', 'abc', 'hello world', 'héllo', '日本語', 'a😀b', 'x' * 40]
    for _ in range(400):
        w = rnd.choice(words)
        spec = rand_spec(['', 's'], allow_z=False, allow_hash=False, allow_sign=False)
        r = try_format(w, spec)
        if r is not None:
            rows.append((w, spec, r))
    return rows


def error_rows():
    cases = [(1, 'x5'), (1, '.2d'), (1.0, 'd'), (1, '=s'), ('a', '=5'), ('a', '+'), ('a', ' '), ('a', '#'), ('a', ','),
             (1, ',n'), (1, '_n'), (1, ',_'), (1, '_,'), (1, ',c'), (1, '+c'), (1, '#c'), (1.0, '.'), (1.0, '.f'),
             (1, '<<<'), (1, '99999999999999999999'), (1.0, '.99999999999999999999'), (1, 'z'), (1, 'zd'), ('a', 'z'),
             (1.0, '#,x'), (1, '_s'), (1, ',x'), (1.0, 'c'), (1.0, 'x'), (1, '\x00'), (1, 'é'), (1, 'ss'),
             ('a', '.2d'), (1, '.2n'), (12345.678, ',n'), (-1, 'c'), (0x110000, 'c'), (2**70, 'c'), (1.5, '_b')]
    rows = []
    for v, spec in cases:
        try:
            format(v, spec)
        except (ValueError, TypeError, OverflowError) as e:
            kind = 'i' if type(v) is int else 'f' if type(v) is float else 's'
            text = str(v) if kind == 'i' else ('%d' % bits(v)) if kind == 'f' else v
            rows.append((kind, text, spec, type(e).__name__, str(e)))
    return rows


def percent_rows():
    rows = []
    for _ in range(1500):
        flags = ''.join(rnd.choice('-+ #0') for _ in range(rnd.choice([0, 0, 1, 2])))
        width = str(rnd.randint(1, 25)) if rnd.random() < 0.4 else ''
        prec = '.' + str(rnd.randint(0, 30)) if rnd.random() < 0.6 else ''
        conv = rnd.choice('eEfFgGdixXo')
        fmt = '%' + flags + width + prec + conv
        if conv in 'eEfFgG':
            v = rand_float() if rnd.random() < 0.9 else rnd.choice(SPECIAL_FLOATS)
            rows.append(('f', '%d' % bits(v), fmt, fmt % v))
        else:
            v = rand_int()
            rows.append(('i', str(v), fmt, fmt % v))
    return rows


def round_rows():
    rows = []
    for _ in range(1500):
        v = rand_float()
        nd = rnd.choice([rnd.randint(-5, 15), rnd.randint(-320, 330)])
        try:
            r = round(v, nd)
        except OverflowError:
            continue
        rows.append((bits(v), nd, bits(r)))
    return rows


def main():
    w = []
    w.append('// <auto-generated/> by tools/gen_format_cases.py from CPython %d.%d.%d' % sys.version_info[:3])
    w.append('namespace Taipan.Runtime.Tests.Objects;')
    w.append('')
    w.append('internal static class FormatCases')
    w.append('{')
    w.append('    /// <summary>(IEEE bits of x, spec, format(x, spec)).</summary>')
    w.append('    public static readonly (ulong Bits, string Spec, string Expected)[] Floats =')
    w.append('    {')
    for b, s, r in float_rows():
        w.append('        (0x%016xUL, %s, %s),' % (b, cs(s), cs(r)))
    w.append('    };')
    w.append('')
    w.append('    /// <summary>(decimal text of n, spec, format(n, spec)).</summary>')
    w.append('    public static readonly (string Value, string Spec, string Expected)[] Ints =')
    w.append('    {')
    for v, s, r in int_rows():
        w.append('        (%s, %s, %s),' % (cs(v), cs(s), cs(r)))
    w.append('    };')
    w.append('')
    w.append('    /// <summary>(s, spec, format(s, spec)).</summary>')
    w.append('    public static readonly (string Value, string Spec, string Expected)[] Strs =')
    w.append('    {')
    for v, s, r in str_rows():
        w.append('        (%s, %s, %s),' % (cs(v), cs(s), cs(r)))
    w.append('    };')
    w.append('')
    w.append('    /// <summary>(kind i/f/s, value text (float: decimal IEEE bits), spec, exception type, message).</summary>')
    w.append('    public static readonly (char Kind, string Value, string Spec, string Type, string Message)[] Errors =')
    w.append('    {')
    for k, v, s, t, m in error_rows():
        w.append("        ('%s', %s, %s, %s, %s)," % (k, cs(v), cs(s), cs(t), cs(m)))
    w.append('    };')
    w.append('')
    w.append('    /// <summary>(kind i/f, value text (float: decimal IEEE bits), printf format, format % value).</summary>')
    w.append('    public static readonly (char Kind, string Value, string Format, string Expected)[] Percent =')
    w.append('    {')
    for k, v, f, r in percent_rows():
        w.append("        ('%s', %s, %s, %s)," % (k, cs(v), cs(f), cs(r)))
    w.append('    };')
    w.append('')
    w.append('    /// <summary>(IEEE bits of x, ndigits, IEEE bits of round(x, ndigits)).</summary>')
    w.append('    public static readonly (ulong Bits, int NDigits, ulong Expected)[] Rounds =')
    w.append('    {')
    for b, nd, r in round_rows():
        w.append('        (0x%016xUL, %d, 0x%016xUL),' % (b, nd, r))
    w.append('    };')
    w.append('}')
    with open(OUT, 'w', encoding='utf-8') as f:
        f.write('\n'.join(w) + '\n')


main()
