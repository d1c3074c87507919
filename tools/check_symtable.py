#!/usr/bin/env python3.11
"""Compare Taipan's symbol tables with CPython 3.11's `symtable` module.

Usage: tools/check_symtable.py [--taipan PATH] [--parser taipan|cpython] [FILE_OR_DIR ...]   (default: /usr/lib/python3.11)
Prints each mismatching file with the first differing line; last line `N passed, N failed`.
Taipan runs once per batch (`-X dump-symtable-batch LIST.lst`, or with --parser cpython on
ASTs from ast_to_json.py in a .jsonl): outputs are separated by
lines `=== FILE`.
"""
import os, subprocess, sys, symtable, tempfile, warnings

def canon(src, filename):
    top = symtable.symtable(src, filename, "exec")
    out = []
    def walk(t):
        out.append(f"{t.get_type()} {t.get_name()} {t.get_lineno()}")
        for name in sorted(t.get_identifiers()):
            s = t.lookup(name)
            flags = []
            for pred in ("local", "global", "declared_global", "free", "nonlocal", "parameter",
                         "imported", "assigned", "referenced", "annotated", "namespace"):
                if getattr(s, "is_" + pred)():
                    flags.append(pred)
            scope = (t._table.symbols[name] >> 11) & 15
            out.append(f"  {name}:" + "".join(" " + f for f in flags) + f" scope={scope}")
        for c in t.get_children():
            walk(c)
    walk(top)
    return "\n".join(out) + "\n"

from pyfiles import files  # noqa: E402 (tools/ is on sys.path when run as a script)

def main():
    argv = sys.argv[1:]
    taipan = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "taipan")
    parser = "taipan"
    while argv[:1] in (["--taipan"], ["--parser"]):
        if argv[0] == "--taipan": taipan = argv[1]
        else: parser = argv[1]
        argv = argv[2:]
    targets = argv or ["/usr/lib/python3.11"]
    expected = {}
    warnings.simplefilter("ignore")
    for path in files(targets):
        try:
            with open(path, "rb") as fh:
                src = fh.read().decode("utf-8")
            expected[path] = canon(src, path)
        except Exception as e:  # CPython cannot build it: not a test case
            continue
    with tempfile.NamedTemporaryFile("w", delete=False, suffix=".lst") as lst:
        lst.write("\n".join(expected) + "\n")
    jsonl = lst.name + ".jsonl"
    here = os.path.dirname(os.path.abspath(__file__))
    if parser == "cpython":
        subprocess.run([sys.executable, os.path.join(here, "ast_to_json.py"), jsonl, "@" + lst.name], check=True)
        proc = subprocess.run([taipan, "-X", "dump-symtable-batch", jsonl], capture_output=True, text=True)
        os.unlink(jsonl)
    else:
        proc = subprocess.run([taipan, "-X", "dump-symtable-batch", lst.name], capture_output=True, text=True)
    os.unlink(lst.name)
    got = {}
    cur = None
    for line in proc.stdout.splitlines(keepends=True):
        if line.startswith("=== "):
            cur = line[4:].rstrip("\n"); got[cur] = []
        elif cur is not None:
            got[cur].append(line)
    passed = failed = 0
    for path, exp in expected.items():
        mine = "".join(got.get(path, ["<no output>\n"]))
        if mine == exp:
            passed += 1
            continue
        failed += 1
        el, ml = exp.splitlines(), mine.splitlines()
        for i in range(max(len(el), len(ml))):
            a = el[i] if i < len(el) else "<end>"
            b = ml[i] if i < len(ml) else "<end>"
            if a != b:
                print(f"FAIL {path}: line {i+1}\n  cpython: {a}\n  taipan:  {b}")
                break
    if proc.returncode != 0:
        print("taipan exited with", proc.returncode, proc.stderr[-2000:])
    print(f"{passed} passed, {failed} failed")

main()
