#!/usr/bin/python3.11
"""Differential fuzzing of the _sre engine: random patterns are compiled by CPython 3.11's own re
(capturing the code list _sre.compile receives), run against random subjects in CPython, then replayed
under the interpreter through _sre.compile directly (so re itself need not import there).

Usage: /usr/bin/python3.11 tools/sre_fuzz.py --interp ./taipan [--seed N] [--count N] [--bytes]
Prints mismatches (pattern, flags, subject, expected, got) and "cases N bad N".
"""
import _sre, argparse, os, random, re, subprocess, sys, tempfile

ATOMS = ['a', 'b', 'c', '.', r'\w', r'\W', r'\d', r'\s', '[ab]', '[^a]', '[a-c]', 'ab', r'\b', r'\B', '^', '$', 'é',
         'É', 'ß', 'k', 'K', r'\Z', r'\A', '[bé]', '(?i:a)', 'x', '\u212a', 'σ']
QUANTS = ['', '', '', '*', '+', '?', '*?', '+?', '??', '{2}', '{1,2}', '{0,2}?', '*+', '++', '?+', '{1,3}+']
ALPHABET = 'aabbcxé ÉßKk\u212aσΣς\n1_'

RUNNER = r'''
import sys
sys.path.insert(0, sys.argv[1])
import _sre
from sre_fuzz_data import DATA
bad = 0
for pat, flags, code, groups, gi, ig, subjects, res in DATA:
    p = _sre.compile(pat, flags, code, groups, gi, ig)
    for s, exp in zip(subjects, res):
        try:
            got = repr(run(p, s))
        except Exception as e:
            got = 'EXC ' + repr(e)
        if got != exp:
            bad += 1
            if bad <= 10:
                print('MISMATCH', repr(pat), flags, repr(s))
                print('  expected', exp)
                print('  got     ', got)
print('cases', len(DATA), 'bad', bad)
'''

RUN = '''
def run(p, s):
    r = [[(m.span(), m.groups(), m.lastindex) for m in p.finditer(s)]]
    m = p.match(s)
    r.append(m and (m.span(), m.regs))
    m = p.fullmatch(s)
    r.append(m and m.regs)
    r.append(p.split(s))
    r.append(p.subn('-' if isinstance(s, str) else '-'.encode(), s))  # no bytes literal: runs before bytes exist
    m = p.search(s, 2, 9)
    r.append(m and m.regs)
    m = p.match(s, 5, 2)  # pos past endpos
    r.append(m and m.regs)
    r.append(p.findall(s, 4, 3))
    return r
'''
exec(RUN)


def generate(rnd, depth=0):
    parts = []
    for _ in range(rnd.randint(1, 3)):
        r = rnd.random()
        if depth < 3 and r < 0.25:
            inner = generate(rnd, depth + 1)
            kind = rnd.choice(['(%s)', '(?:%s)', '(?>%s)', '(?=%s)', '(?!%s)', '(%s|%s)', '(?:%s|%s)',
                               '(?P<g%d>%%s)' % rnd.randint(0, 99)])
            a = kind % ((inner, generate(rnd, depth + 1)) if kind.count('%s') == 2 else inner)
        elif r < 0.3:
            a = rnd.choice([r'\1', '(?(1)a|b)', r'(?<=a)', r'(?<!b)'])
        else:
            a = rnd.choice(ATOMS)
        if not a.startswith(('(?=', '(?!', '(?<', '^', '$', r'\b', r'\B', r'\A', r'\Z')):
            a += rnd.choice(QUANTS)
        parts.append(a)
    return ''.join(parts)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--interp', required=True)
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--count', type=int, default=1000)
    ap.add_argument('--bytes', action='store_true', help='bytes patterns and subjects (needs bytes constants)')
    args = ap.parse_args()
    rnd = random.Random(args.seed)
    captured = []
    original = _sre.compile
    _sre.compile = lambda *a: captured.append(a) or original(*a)
    data = []
    while len(data) < args.count:
        pat = generate(rnd)
        if args.bytes:
            flags = rnd.choice([0, 0, re.I, re.M, re.S, re.L, re.I | re.L])
            try:
                pat = pat.encode('latin-1')
            except UnicodeEncodeError:
                continue
        else:
            flags = rnd.choice([0, 0, re.I, re.M, re.S, re.A, re.I | re.A])
        captured.clear()
        try:
            p = re.compile(pat, flags)
        except (re.error, RecursionError, OverflowError):
            continue
        if not captured:
            continue
        a = captured[-1]
        subjects = [''.join(rnd.choice(ALPHABET) for _ in range(rnd.randint(0, 12))) for _ in range(3)]
        if args.bytes:
            subjects = [s.encode('latin-1', 'replace') for s in subjects]
        try:
            res = [repr(run(p, s)) for s in subjects]
        except SystemError:
            continue  # CPython's own "span of capturing group is wrong" cases
        data.append((a[0], int(a[1]), [int(x) for x in a[2]], a[3], dict(a[4]), tuple(a[5]), subjects, res))
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, 'sre_fuzz_data.py'), 'w', encoding='utf-8') as f:
            f.write('DATA = [\n' + ''.join(repr(item) + ',\n' for item in data) + ']\n')
        runner = os.path.join(tmp, 'runner.py')
        with open(runner, 'w', encoding='utf-8') as f:
            f.write(RUN + RUNNER)
        r = subprocess.run([args.interp, runner, tmp], capture_output=True, text=True)
        sys.stdout.write(r.stdout)
        sys.stdout.write(r.stderr[-3000:])
        return 0 if r.returncode == 0 and ' bad 0' in r.stdout else 1


if __name__ == '__main__':
    sys.exit(main())
