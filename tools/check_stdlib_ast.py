#!/usr/bin/env python3.11
"""Compares Taipan's parser with CPython 3.11's over every .py file under a root.

    python3.11 tools/check_stdlib_ast.py [ROOT] [--known FILE] [-v]

For each file CPython accepts, `taipan -X dump-ast` output must equal
ast.dump(ast.parse(...), include_attributes=True) byte for byte. For each file CPython
rejects, Taipan's stderr report must equal what `python3.11 FILE` prints (and it must
fail). CPython's dumps are produced in this one process and cached under /tmp keyed by
path and mtime; Taipan parses all files in one process (-X dump-ast-batch).
Prints the mismatching files, then `N passed, N failed`.
A known-exceptions file (default tools/check_stdlib_ast.known) lists `path  reason` lines;
those files are reported as known and not counted as failures.
"""
import ast
import hashlib
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
CACHE = "/tmp/taipan-ast-ref"


from pyfiles import files as py_files  # noqa: E402


def reference(path):
    """('ok', dump) or ('err', report text)."""
    st = os.stat(path)
    # The reference depends on the CPython that made it (the cache outlives an interpreter change).
    key = hashlib.sha1(f"{sys.version}\0{path}\0{st.st_mtime_ns}\0{st.st_size}".encode()).hexdigest()
    cpath = os.path.join(CACHE, key)
    if os.path.exists(cpath):
        with open(cpath, encoding="utf-8", errors="surrogatepass") as f:
            kind, _, text = f.read().partition("\n")
            return kind, text
    with open(path, "rb") as f:
        data = f.read()
    try:
        tree = ast.parse(data, path)
        kind, text = "ok", ast.dump(tree, include_attributes=True) + "\n"
    except (SyntaxError, ValueError):
        # What the top level prints when running the file.
        r = subprocess.run([sys.executable, path], capture_output=True)
        kind, text = "err", r.stderr.decode("utf-8", "surrogateescape")
    except RecursionError:
        kind, text = "err", "RecursionError\n"
    os.makedirs(CACHE, exist_ok=True)
    with open(cpath, "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(kind + "\n" + text)
    return kind, text


def load_known(path):
    known = {}
    if path and os.path.exists(path):
        with open(path) as f:
            for line in f:
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                p, _, reason = line.partition(" ")
                known[p] = reason.strip()
    return known


def main():
    args = [a for a in sys.argv[1:]]
    verbose = "-v" in args
    if verbose:
        args.remove("-v")
    known_path = os.path.join(HERE, "check_stdlib_ast.known")
    if "--known" in args:
        i = args.index("--known")
        known_path = args[i + 1]
        del args[i:i + 2]
    root = args[0] if args else "/usr/lib/python3.11"
    known = load_known(known_path)
    files = list(py_files([root]))
    refs = [reference(p) for p in files]

    with tempfile.TemporaryDirectory(prefix="taipan-ast-") as tmp:
        listfile = os.path.join(tmp, "files.txt")
        with open(listfile, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write("\n".join(files) + "\n")
        outdir = os.path.join(tmp, "out")
        r = subprocess.run([os.path.join(REPO, "taipan"), "-X", "dump-ast-batch", listfile, outdir])
        if r.returncode != 0:
            print(f"taipan exited with {r.returncode}")
            return 2
        passed = failed = known_n = 0
        for i, (path, (kind, text)) in enumerate(zip(files, refs)):
            out_p = os.path.join(outdir, f"{i}.out")
            err_p = os.path.join(outdir, f"{i}.err")
            if os.path.exists(out_p):
                mine_kind = "ok"
                with open(out_p, encoding="utf-8", errors="surrogateescape") as f:
                    mine = f.read()
            elif os.path.exists(err_p):
                mine_kind = "err"
                with open(err_p, encoding="utf-8", errors="surrogateescape") as f:
                    mine = f.read()
            else:
                mine_kind, mine = "missing", ""
            if mine_kind == kind and mine == text:
                passed += 1
                continue
            if path in known:
                known_n += 1
                print(f"KNOWN {path}: {known[path]}")
                continue
            failed += 1
            why = describe(kind, text, mine_kind, mine)
            print(f"FAIL {path}: {why}")
        if known_n:
            print(f"({known_n} known exceptions)")
        print(f"{passed} passed, {failed} failed")
        return 0 if failed == 0 else 1


def describe(kind, ref, mine_kind, mine):
    if kind != mine_kind:
        first = mine.strip().splitlines()[-1] if mine.strip() else ""
        return f"CPython {kind}, Taipan {mine_kind}: {first[:200]}"
    if kind == "err":
        return f"report differs: want {ref.strip().splitlines()[-1:]} got {mine.strip().splitlines()[-1:]}"
    # first differing position
    n = 0
    while n < min(len(ref), len(mine)) and ref[n] == mine[n]:
        n += 1
    return f"dump differs at {n}: want ...{ref[max(0, n - 80):n + 60]!r} got ...{mine[max(0, n - 80):n + 60]!r}"


if __name__ == "__main__":
    sys.exit(main())
