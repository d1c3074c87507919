"""Parse-speed benchmark: Taipan's front end against CPython 3.11's `ast.parse` over the
same files in the same run. Each side parses every file in one process, best of N rounds;
Taipan's time is measured inside its process (start-up excluded on both sides).

    python3.11 tools/bench_parse.py [--root /usr/lib/python3.11] [--rounds 3]
"""
import argparse
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


from pyfiles import files as py_files  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default="/usr/lib/python3.11")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--taipan", default=os.path.join(ROOT, "taipan"))
    args = ap.parse_args()
    import ast
    files, sources = [], []
    for path in py_files([args.root]):
        with open(path, "rb") as f:
            src = f.read()
        try:
            ast.parse(src, path)
        except (SyntaxError, ValueError):
            continue  # only files both sides must accept
        files.append(path)
        sources.append(src)
    total_bytes = sum(len(s) for s in sources)
    best_cpython = float("inf")
    for _ in range(args.rounds):
        t0 = time.perf_counter()
        for path, src in zip(files, sources):
            ast.parse(src, path)
        best_cpython = min(best_cpython, time.perf_counter() - t0)
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as lst:
        lst.write("\n".join(files) + "\n")
    try:
        out = subprocess.run([args.taipan, "-X", "parse-bench", lst.name, str(args.rounds)],
                             capture_output=True, text=True, check=True).stdout
    finally:
        os.unlink(lst.name)
    best_taipan = float(out.strip().splitlines()[-1].split()[1]) / 1000  # "best: N ms"
    print(f"files: {len(files)}, {total_bytes / 1e6:.1f} MB, best of {args.rounds}")
    print(f"cpython ast.parse: {best_cpython:.3f} s")
    print(f"taipan parse:      {best_taipan:.3f} s")
    print(f"ratio taipan/cpython: {best_taipan / best_cpython:.2f} (below 1.0 is faster)")


if __name__ == "__main__":
    sys.exit(main())
