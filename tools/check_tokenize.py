#!/usr/bin/python3.11
"""Compare Taipan's tokenizer with CPython 3.11 on many files.

    tools/check_tokenize.py [--taipan PATH] [--show N] [PATH ...]   (default: /usr/lib/python3.11)

Runs `taipan -X dump-tokens` on the files (in batches) and compares every token's kind, text
and start/end position with CPython's `tokenize` module (columns converted to UTF-8 bytes,
as Taipan reports them). Files CPython refuses to compile are checked for "Taipan also raises
a SyntaxError", and the message/position when the error is one the tokenizer raises.
"""
import argparse, io, os, subprocess, sys, time, tokenize, warnings, json

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TAIPAN = os.path.join(ROOT, 'taipan')  # the launcher: builds if needed, like every other check

TOKENIZER_MESSAGES = (
    'unterminated string literal', 'unterminated triple-quoted string literal', 'invalid character',
    'invalid non-printable character', 'invalid decimal literal', 'invalid hexadecimal literal',
    'invalid octal literal', 'invalid binary literal', 'invalid imaginary literal', 'invalid digit',
    'leading zeros in decimal', 'was never closed', 'unmatched', 'closing parenthesis',
    'too many nested parentheses', 'unindent does not match', 'inconsistent use of tabs',
    'too many levels of indentation', 'unexpected character after line continuation',
    'unexpected EOF while parsing', 'Non-UTF-8 code', 'encoding problem', 'unknown encoding')


REFERENCE_LIMIT = 'reference-limit'


def kind_key(name):
    return name.replace('_', '').lower()


def collect(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            for d, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if f.endswith('.py'):
                        out.append(os.path.join(d, f))
        else:
            out.append(p)
    return out


def run_taipan(taipan, files, batch=250):
    """file -> ('tokens', [(kind, l, c, el, ec, text)]) or ('error', (kind, line, off, eline, eoff, msg)) or ('crash', text)."""
    result = {}
    elapsed = 0.0
    for i in range(0, len(files), batch):
        chunk = files[i:i + batch]
        t0 = time.perf_counter()
        p = subprocess.run([taipan, '-X', 'dump-tokens'] + chunk + ([os.devnull + '.py'] if len(chunk) == 1 else []),
                           capture_output=True)
        elapsed += time.perf_counter() - t0
        cur = None
        for line in p.stdout.decode('utf-8', 'surrogateescape').split('\n'):
            if line.startswith('# FILE '):
                cur = line[7:]
                result[cur] = ('tokens', [])
                continue
            if not line or cur is None:
                continue
            head, _, quoted = line.partition(' "')
            text = json.loads('"' + quoted) if quoted else ''
            parts = head.split(' ')
            if parts[0] == 'ERROR':
                result[cur] = ('error', (parts[1], int(parts[2]), int(parts[3]), int(parts[4]), int(parts[5]), text))
            else:
                result[cur][1].append((parts[0], int(parts[1]), int(parts[2]), int(parts[3]), int(parts[4]), text))
        if p.returncode not in (0, 1):
            err = p.stderr.decode(errors='replace')
            # The process died (internal exception): mark the files of the batch it did not finish.
            for f in chunk:
                if f not in result or f == cur:
                    result[f] = ('crash', err[-2000:])
    return result, elapsed


def reference(path):
    """CPython's view: ('tokens', list) / ('error', SyntaxError) / ('reftok-fail', why)."""
    data = open(path, 'rb').read()
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            compile(data, path, 'exec', dont_inherit=True)
        except SyntaxError as e:
            return ('error', e), data
        except (ValueError, UnicodeError) as e:
            return ('reftok-fail', repr(e)), data
    try:
        toks = list(tokenize.tokenize(io.BytesIO(data).readline))
    except Exception as e:  # tokenize.py and the C tokenizer disagree on a few inputs
        return ('reftok-fail', repr(e)), data
    return ('tokens', toks), data


def byte_col(lines, row, col):
    if row - 1 >= len(lines):
        return col
    return len(lines[row - 1][:col].encode('utf-8', 'surrogatepass'))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--taipan', default=DEFAULT_TAIPAN)
    ap.add_argument('--show', type=int, default=15)
    ap.add_argument('paths', nargs='*', default=['/usr/lib/python3.11'])
    args = ap.parse_args()
    files = collect(args.paths)
    elapsed = 0.0

    stats = dict(files=len(files), accepted=0, tok_match=0, tok_diff=0, reftok_fail=0, rejected=0,
                 rej_both=0, rej_taipan_accepts=0, rej_msg_match=0, rej_msg_diff=0, crash=0, false_error=0, ref_limit=0,
                 tokens=0)
    shown = 0

    def show(kind, f, detail):
        nonlocal shown
        if shown < args.show:
            print(f'{kind}: {f}\n    {detail}')
        shown += 1

    batch = 200
    for i, f in enumerate(files):
        if i % batch == 0:  # compare batch by batch: token lists of thousands of files do not fit in memory
            mine, t = run_taipan(args.taipan, files[i:i + batch], batch)
            elapsed += t
        m = mine.get(f, ('crash', 'no output'))
        (rk, rv), data = reference(f)
        if m[0] == 'crash':
            stats['crash'] += 1
            show('CRASH', f, m[1].strip().splitlines()[-1:] if m[1].strip() else '')
            continue
        if rk == 'error':
            stats['rejected'] += 1
            if m[0] != 'error':
                if any(s in rv.msg for s in TOKENIZER_MESSAGES):
                    stats['rej_taipan_accepts'] += 1
                    show('MISSED ERROR', f, f'{rv.msg} {rv.lineno}:{rv.offset}')
                continue
            stats['rej_both'] += 1
            if any(s in rv.msg for s in TOKENIZER_MESSAGES):
                got = m[1]
                # compile() says "unknown encoding: X" where `python3.11 FILE` (Taipan's
                # SourceDecoder default) says "encoding problem: X".
                msg = rv.msg.replace('unknown encoding: ', 'encoding problem: ')
                want = (msg, rv.lineno, rv.offset)
                if (got[5], got[1], got[2]) == want:
                    stats['rej_msg_match'] += 1
                else:
                    stats['rej_msg_diff'] += 1
                    show('ERROR DIFF', f, f'want {want} got {(got[5], got[1], got[2])}')
            continue
        if rk == 'reftok-fail':
            stats['reftok_fail'] += 1
            continue
        stats['accepted'] += 1
        if m[0] == 'error':
            stats['false_error'] += 1
            show('FALSE ERROR', f, m[1])
            continue
        diff = diff_tokens(rv, m[1], data)
        stats['tokens'] += len(m[1])
        if diff is None:
            stats['tok_match'] += 1
        elif diff == REFERENCE_LIMIT:
            stats['ref_limit'] += 1
        else:
            stats['tok_diff'] += 1
            show('TOKEN DIFF', f, diff)

    print()
    print(f"files: {stats['files']}  taipan time: {elapsed:.2f}s (process start included)")
    print(f"CPython accepts: {stats['accepted']}  tokens identical: {stats['tok_match']}  differ: {stats['tok_diff']}"
          f"  Taipan false SyntaxError: {stats['false_error']}  ({stats['tokens']} tokens compared)")
    print(f"identifiers tokenize.py's \\w+ splits but CPython's C tokenizer keeps whole (not a difference): {stats['ref_limit']}")
    print(f"tokenize.py could not serve as reference: {stats['reftok_fail']}")
    print(f"CPython rejects: {stats['rejected']}  Taipan also rejects: {stats['rej_both']}"
          f"  tokenizer-error message+line+offset equal: {stats['rej_msg_match']}  differ: {stats['rej_msg_diff']}"
          f"  tokenizer error missed: {stats['rej_taipan_accepts']}")
    print(f"internal crashes: {stats['crash']}")
    # One file per test: identical streams (or reference limits) and matched tokenizer errors pass.
    bad = stats['tok_diff'] + stats['false_error'] + stats['crash'] + stats['rej_msg_diff']
    good = stats['tok_match'] + stats['ref_limit'] + stats['rej_msg_match']
    print(f"{good} passed, {bad} failed")
    return 0 if stats['tok_diff'] == stats['false_error'] == stats['crash'] == 0 else 1


def diff_tokens(ref, mine, data):
    ref = [t for t in ref if t.type != tokenize.ENCODING]
    enc = tokenize.detect_encoding(io.BytesIO(data).readline)[0]
    text = data.decode(enc)
    if text.startswith('\ufeff'):
        text = text[1:]
    lines = text.splitlines(keepends=True)
    # splitlines also splits on \x0c, \x1c.. and \u2028; tokenize (and CPython) only on \r, \n.
    lines = io.StringIO(text, newline=None).readlines() if lines else lines
    n = 0
    for i, t in enumerate(ref):
        if i >= len(mine):
            return f'Taipan stream ends early at CPython token {i}: {tokenize.tok_name[t.exact_type]} {t.start}'
        k, l, c, el, ec, s = mine[i]
        want_kind = kind_key(tokenize.tok_name[t.exact_type])
        if want_kind == 'nl':
            want_kind = 'nonlogicalnewline'
        sc = byte_col(lines, t.start[0], t.start[1])
        ec_ref = byte_col(lines, t.end[0], t.end[1])
        if (t.type == tokenize.NAME and k == 'Name' and s != t.string and s.startswith(t.string)
                and s.isidentifier()):
            # tokenize.py matches names with the regex \w+, which misses some XID_Continue
            # characters (combining marks, variation selectors); CPython's C tokenizer, whose
            # stream the parser sees, keeps the whole identifier, as Taipan does.
            return REFERENCE_LIMIT
        if kind_key(k) != want_kind:
            return f'token {i}: want {tokenize.tok_name[t.exact_type]} {t.string!r} at {t.start}, got {k} {s!r} at {(l, c)}'
        if (l, c) != (t.start[0], sc):
            return f'token {i} {k} {s!r}: start want {(t.start[0], sc)} got {(l, c)}'
        if t.type in (tokenize.NEWLINE, tokenize.NL):
            continue
        if (el, ec) != (t.end[0], ec_ref):
            return f'token {i} {k} {s!r}: end want {(t.end[0], ec_ref)} got {(el, ec)}'
        if s != t.string.replace('\r\n', '\n').replace('\r', '\n'):
            return f'token {i} {k}: text want {t.string!r} got {s!r}'
    if len(mine) != len(ref):
        return f'Taipan has {len(mine) - len(ref)} more tokens; next: {mine[len(ref)][:6]}'
    return None


if __name__ == '__main__':
    sys.exit(main())
