#!/usr/bin/env python3
"""Runs tests/programs under an interpreter and compares with the CPython golden files.

Usage: tools/run_programs.py --interp ./taipan [--jit-threshold N] [-k PATTERN]
                             [--timeout S] [--max-diff-lines N] [-j N] [--no-warmup] [-q]
                             [--known FILE] [--update-known]

Each program runs as `INTERP [-X jit-threshold=N] -X utf8 NNN_topic.py` with cwd =
tests/programs and PYTHONHASHSEED=0. stdout must equal NNN_topic.out; the exit code must
equal NNN_topic.code (0 when absent); stderr must equal NNN_topic.err when that file
exists (tracebacks are compared with the programs directory replaced by "<programs>/").
Before the first program it calls `INTERP --version` once (up to 900 s), because
./taipan builds itself on first use. Prints a unified diff per failure (capped) and ends
with "N passed, N failed".
Exit status 0 only when every selected program passes.

--known FILE (tests/programs/KNOWN_FAILURES): programs listed there (one name per line, then
" # reason") are expected to fail while the implementation catches up. They are run and reported
as "known failure" without a diff and do not fail the run; a listed program that now passes is
reported as "FIXED" so it can be taken off the list (--update-known rewrites the file: fixed
entries removed; new failures are NOT added, they stay failures). The summary line is then
"N passed, N failed (K known failures)".
"""

import argparse
import concurrent.futures
import difflib
import os
import shutil
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from programs_common import golden_paths, list_programs, run_program  # noqa: E402


def read(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def diff(label, want, got, cap):
    lines = list(difflib.unified_diff(want.splitlines(keepends=True), got.splitlines(keepends=True),
                                      f"expected {label}", f"actual {label}"))
    if len(lines) > cap:
        lines = lines[:cap] + [f"... ({len(lines) - cap} more diff lines)\n"]
    return "".join(l if l.endswith("\n") else l + "\n\\ No newline at end of file\n" for l in lines)


def resolve_interp(interp):
    # The programs run with cwd = tests/programs, so a relative path must be made
    # absolute first; a bare name is looked up on PATH.
    if os.sep in interp:
        return os.path.abspath(interp)
    found = shutil.which(interp)
    return found or interp


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--interp", required=True, help="interpreter to test, e.g. ./taipan")
    ap.add_argument("--jit-threshold", type=int, help="pass -X jit-threshold=N")
    ap.add_argument("-k", dest="pattern", help="only programs whose name contains PATTERN (or matches a glob)")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds per program (default 10)")
    ap.add_argument("--max-diff-lines", type=int, default=40, help="cap per diff (default 40)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="programs run at once (default 1)")
    ap.add_argument("--no-warmup", action="store_true", help="skip the initial `INTERP --version` call")
    ap.add_argument("-q", "--quiet", action="store_true", help="no diffs, only failing names")
    ap.add_argument("--known", help="file of programs expected to fail (see the docstring)")
    ap.add_argument("--update-known", action="store_true", help="drop programs that now pass from --known")
    args = ap.parse_args()

    argv = [resolve_interp(args.interp)]
    if args.jit_threshold is not None:
        argv += ["-X", f"jit-threshold={args.jit_threshold}"]

    if not (os.path.isfile(argv[0]) and os.access(argv[0], os.X_OK)):
        print(f"interpreter not found or not executable: {args.interp}", file=sys.stderr)
        return 2
    names = list_programs(args.pattern)
    if not names:
        print("no programs selected", file=sys.stderr)
        return 2
    if not args.no_warmup:
        # ./taipan builds itself on first use; keep that out of the first program's timeout.
        try:
            subprocess.run(argv + ["--version"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, timeout=900)
        except (OSError, subprocess.TimeoutExpired):
            pass
    def check(name):
        out_path, err_path, code_path = golden_paths(name)
        want_out = read(out_path)
        if want_out is None:
            return [f"FAIL {name}: no golden output (run tools/regen_program_outputs.py)\n"]
        want_err = read(err_path)
        want_code = int((read(code_path) or "0").strip())
        out, err, code = run_program(argv, name, args.timeout)
        problems = []
        if code is None:
            problems.append(f"timeout after {args.timeout:g}s")
        elif code != want_code:
            problems.append(f"exit code {code}, expected {want_code}")
        if out != want_out:
            problems.append("stdout differs")
        if want_err is not None and err != want_err:
            problems.append("stderr differs")
        if not problems:
            return None
        report = [f"FAIL {name}: {'; '.join(problems)}\n"]
        if args.quiet:
            return report
        if out != want_out:
            report.append(diff("stdout", want_out, out, args.max_diff_lines))
        if want_err is not None and err != want_err:
            report.append(diff("stderr", want_err, err, args.max_diff_lines))
        elif want_err is None and err and (code != want_code or code is None):
            tail = err.splitlines()[-args.max_diff_lines:]
            report.append("--- stderr (tail)\n" + "\n".join(tail) + "\n")
        return report

    known = read_known(args.known) if args.known else {}
    passed = failed = known_failed = 0
    fixed = []
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        # map() yields in program order, so the report reads the same whatever -j is.
        for name, report in zip(names, pool.map(check, names)):
            stem = os.path.splitext(name)[0]
            if report is None:
                passed += 1
                if stem in known:
                    fixed.append(stem)
                    print(f"FIXED {name}: passes now; take it off {args.known}")
                continue
            if stem in known:
                known_failed += 1
                print(f"known failure {name}: {known[stem] or report[0].split(': ', 1)[1].strip()}")
                continue
            failed += 1
            sys.stdout.write("".join(report))
            sys.stdout.flush()
    if args.update_known and fixed:
        with open(args.known, encoding="utf-8") as f:
            lines = f.readlines()
        with open(args.known, "w", encoding="utf-8") as f:
            f.writelines(l for l in lines if l.split("#", 1)[0].strip() not in fixed)
    if args.known:
        print(f"{passed} passed, {failed} failed ({known_failed} known failures)")
    else:
        print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def read_known(path):
    """name -> reason for each non-comment line "NNN_topic  # reason" of a known-failures file."""
    known = {}
    for line in (read(path) or "").splitlines():
        name, _, reason = line.partition("#")
        name = os.path.splitext(name.strip())[0]
        if name:
            known[name] = reason.strip()
    return known


if __name__ == "__main__":
    sys.exit(main())
