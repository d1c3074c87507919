#!/usr/bin/env python3
"""Known failures of CPython's test suite under Taipan, kept in the repository so a regression shows.

  python3 tools/compat_known.py write RESULT.json LOGDIR   # tests/compat/KNOWN_FAILURES from a compat run
  python3 tools/compat_known.py check [MODULE ...]         # run modules (default: the fast subset below)
                                                           # and fail on a test that fails but is not listed

The compat runner is ../shared/compat/run.py (see its README); `check` says so and exits 2 when it is
absent, which is not a pass. A listed test that now passes is reported (remove its line).
"""
import json
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KNOWN = os.path.join(ROOT, "tests", "compat", "KNOWN_FAILURES")
RUNNER = os.path.join(ROOT, "..", "shared", "compat", "run.py")
# Tier-1 modules that run in seconds; together they touch the object model, builtins, numbers, text,
# generators, exceptions and the grammar.
FAST = ["test_int", "test_float", "test_long", "test_bool", "test_list", "test_tuple", "test_dict", "test_set",
        "test_string", "test_unicode", "test_bytes", "test_generators", "test_exceptions", "test_descr",
        "test_class", "test_scope", "test_grammar", "test_patma", "test_call", "test_builtin"]
BAD = ("fail", "error")
HEADER = re.compile(r"^(FAIL|ERROR): (\w+) \(([\w.]+)\)")


def reasons(logdir):
    """test id -> the exception line of its first failure report in the module logs."""
    out = {}
    for name in sorted(os.listdir(logdir)):
        if not name.endswith(".log"):
            continue
        with open(os.path.join(logdir, name), encoding="utf-8", errors="replace") as f:
            lines = f.read().splitlines()
        for i, line in enumerate(lines):
            m = HEADER.match(line)
            if not m:
                continue
            tid = m.group(3)
            for later in lines[i + 2:i + 200]:
                if later.startswith("=" * 20) or later.startswith("-" * 20):
                    break
                if later and not later.startswith(" ") and not later.startswith("Traceback"):
                    out.setdefault(tid, later.strip()[:160])
                    break
    return out


def write(result, logdir):
    with open(result) as f:
        data = json.load(f)
    why = reasons(logdir)
    rows = []
    for module, info in sorted(data["modules"].items()):
        status = info.get("status")
        if status not in ("ok",):
            rows.append(f"{module}  # whole module: {status}")
            continue
        for tid, outcome in sorted(info.get("outcomes", {}).items()):
            if outcome in BAD:
                rows.append(f"{tid}  # {outcome}: {why.get(tid, 'see the module log')}")
    os.makedirs(os.path.dirname(KNOWN), exist_ok=True)
    with open(KNOWN, "w") as f:
        f.write("# CPython tests that fail under Taipan today (tools/compat_known.py write/check).\n")
        f.write("# One per line: test id (or module, when it stops whole)  # outcome: first line of the error.\n")
        for r in rows:
            f.write(r + "\n")
    print(f"{len(rows)} known failures written to {os.path.relpath(KNOWN, ROOT)}")


def load_known():
    known = set()
    with open(KNOWN) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                known.add(line)
    return known


def check(modules):
    if not os.path.exists(RUNNER):
        print(f"compat check NOT RUN: {os.path.relpath(RUNNER, ROOT)} is missing")
        return 2
    modules = modules or FAST
    known = load_known()
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "r.json")
        subprocess.run([sys.executable, RUNNER, "--interp", os.path.join(ROOT, "taipan"), "--modules", ",".join(modules),
                        "--jobs", "2", "--timeout", "300", "--json", out, "--logdir", os.path.join(tmp, "logs")],
                       stdout=subprocess.DEVNULL, check=False)
        with open(out) as f:
            data = json.load(f)
    new, fixed, passed = [], [], 0
    for module, info in sorted(data["modules"].items()):
        if info.get("status") != "ok":
            if module not in known:
                new.append(f"{module} (module {info.get('status')})")
            continue
        for tid, outcome in info.get("outcomes", {}).items():
            if outcome in BAD and tid not in known:
                new.append(f"{tid} ({outcome})")
            elif outcome == "ok":
                passed += 1
                if tid in known:
                    fixed.append(tid)
    for t in fixed:
        print(f"FIXED (remove from KNOWN_FAILURES): {t}")
    for t in new:
        print(f"NEW FAILURE: {t}")
    print(f"compat subset: {len(modules)} modules, {len(new)} new failures, {len(fixed)} listed tests now pass")
    print(f"{passed} passed, {len(new)} failed")
    return 1 if new else 0


if __name__ == "__main__":
    if len(sys.argv) >= 4 and sys.argv[1] == "write":
        write(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 2 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2:]))
    else:
        print(__doc__)
        sys.exit(2)
