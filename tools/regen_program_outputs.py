#!/usr/bin/env python3
"""Regenerates the golden outputs of tests/programs with CPython 3.11.

For each NNN_topic.py it runs `/usr/bin/python3.11 -X utf8 NNN_topic.py` with cwd =
tests/programs and PYTHONHASHSEED=0, and writes NNN_topic.out (stdout). When the exit
code is non-zero or stderr is non-empty it also writes NNN_topic.err (stderr, with the
programs directory replaced by "<programs>/") and NNN_topic.code (exit code); stale
.err/.code files are removed otherwise.

Usage: tools/regen_program_outputs.py [-k PATTERN] [--check]
  --check  regenerate in memory only and report programs whose golden files differ
           (twice in a row is the determinism check).
  --check --hash-seed N  the same under another PYTHONHASHSEED: a program whose output
           changes depends on str/bytes hash order, which Taipan need not reproduce.
"""

import argparse
import os
import resource
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from programs_common import REFERENCE, golden_paths, list_programs, run_program  # noqa: E402

TIMEOUT = 30


def cpu_of_children():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def write(path, text):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-k", dest="pattern", help="only programs whose name contains PATTERN (or matches a glob)")
    ap.add_argument("--check", action="store_true", help="compare instead of writing")
    ap.add_argument("--hash-seed", default="0", help="PYTHONHASHSEED for --check (default 0)")
    args = ap.parse_args()
    if args.hash_seed != "0" and not args.check:
        ap.error("--hash-seed is only for --check: golden files are made with PYTHONHASHSEED=0")

    names = list_programs(args.pattern)
    changed = []
    slow = []
    for name in names:
        # CPU time rather than wall time: the machine is shared, wall time is noise.
        before = cpu_of_children()
        out, err, code = run_program([REFERENCE], name, TIMEOUT, args.hash_seed)
        elapsed = cpu_of_children() - before
        if code is None:
            print(f"{name}: TIMEOUT under CPython", file=sys.stderr)
            return 2
        if elapsed > 0.5:
            slow.append((name, elapsed))
        out_path, err_path, code_path = golden_paths(name)
        want = {out_path: out}
        if code != 0 or err:
            want[err_path] = err
            want[code_path] = f"{code}\n"
        else:
            want[err_path] = None
            want[code_path] = None
        for path, text in want.items():
            if read(path) != text:
                changed.append(os.path.basename(path))
                if not args.check:
                    if text is None:
                        os.remove(path)
                    else:
                        write(path, text)
    for name, elapsed in slow:
        print(f"warning: {name} used {elapsed:.2f}s of CPU under CPython (limit 0.5s)", file=sys.stderr)
    verb = "differ" if args.check else "updated"
    print(f"{len(names)} programs, {len(changed)} golden files {verb}")
    for c in changed:
        print(f"  {c}")
    sys.stdout.flush()
    return 1 if (args.check and changed) else 0


if __name__ == "__main__":
    sys.exit(main())
