#!/usr/bin/python3.11
"""Differential fuzz of tokenizer errors: mutate snippets of the stdlib, compare Taipan's
SyntaxError (message, line, offset, end) with CPython 3.11's compile() when CPython's error is
one the tokenizer raises. Usage: tools/fuzz_tokenizer_errors.py [SEED] [COUNT]
Parser-level interplay (errors CPython picks after a failed parse) is outside its reach."""
import os, random, subprocess, sys, tempfile, warnings, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_tokenize import TOKENIZER_MESSAGES, run_taipan, DEFAULT_TAIPAN
random.seed(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
N = int(sys.argv[2]) if len(sys.argv) > 2 else 3000
files = []
for d, _, fs in os.walk('/usr/lib/python3.11'):
    files += [os.path.join(d, f) for f in fs if f.endswith('.py')]
INS = list("'\"\\([{)]}#\t \n0x1_e.jo8b9é€\u00a0\x01$?!\x0c:=rbfu") + ["'''", '"""', "\\\n", "0o", "0b", "1_", "\n  ", "\n\t"]
out = tempfile.mkdtemp(prefix="tokfuzz")

paths = []
for i in range(N):
    src = open(random.choice(files), 'rb').read()
    try: text = src.decode('utf-8')
    except UnicodeDecodeError: continue
    lines = text.splitlines(keepends=True)
    a = random.randrange(max(1, len(lines)))
    text = ''.join(lines[a:a + random.randint(1, 25)])
    for _ in range(random.randint(1, 3)):
        p = random.randrange(len(text) + 1)
        r = random.random()
        if r < 0.6: text = text[:p] + random.choice(INS) + text[p:]
        elif r < 0.9: text = text[:p] + text[p + random.randint(1, 3):]
        else: text = text[:p]
    path = os.path.join(out, 'f%05d.py' % i)
    open(path, 'w', encoding='utf-8').write(text)
    paths.append(path)
mine, _ = run_taipan(DEFAULT_TAIPAN, paths)
stats = {}
shown = 0
for p in paths:
    data = open(p, 'rb').read()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            compile(data, p, 'exec', dont_inherit=True); ref = None
        except SyntaxError as e: ref = e
        except Exception as e: stats['other'] = stats.get('other', 0) + 1; continue
    m = mine.get(p, ('crash', ''))
    if m[0] == 'crash':
        k = 'crash'
    elif ref is None:
        k = 'ok-both' if m[0] == 'tokens' else 'false-error'
    elif not any(s in ref.msg for s in TOKENIZER_MESSAGES):
        k = 'parser-error'
    elif m[0] != 'error':
        k = 'missed'
    else:
        got = (m[1][5], m[1][1], m[1][2], m[1][3], m[1][4])
        # compile() vs `python3.11 FILE` (Taipan's default): same error, other wording / no position.
        msg = ref.msg.replace('unknown encoding: ', 'encoding problem: ')
        want = (msg, ref.lineno, ref.offset, ref.end_lineno, ref.end_offset)
        if ref.lineno == 0:
            got, want = got[:2], want[:2]
        k = 'match' if got == want else ('msg-match-pos-diff' if got[0] == want[0] else 'diff')
        if k != 'match' and shown < 25:
            shown += 1
            print(k, p, '\n   want', want, '\n   got ', got)
    if k in ('missed', 'false-error', 'crash') and shown < 25:
        shown += 1
        print(k, p, ref and (ref.msg, ref.lineno, ref.offset), m[1] if m[0] != 'tokens' else '')
    stats[k] = stats.get(k, 0) + 1
print(stats)
import shutil; shutil.rmtree(out)
