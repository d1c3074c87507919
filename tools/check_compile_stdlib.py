#!/usr/bin/env python3.11
"""Compile every .py file under /usr/lib/python3.11 (or the given files/dirs) with Taipan in ONE
process (`taipan -X compile-batch FILE.jsonl`) and compare with CPython 3.11's compile():
a file CPython compiles must compile without error; a file whose AST CPython builds but whose
compilation raises SyntaxError must raise the same message at the same line and offset.
Files CPython cannot parse are skipped (they test the parser, not the compiler).
Prints mismatches, the ISA statistics Taipan reports, and as last line `N passed, N failed`.
Options: --taipan PATH, --parser taipan|cpython (whose AST to compile; default Taipan's), --stats (print Taipan's bytecode figures), -O / -OO.
"""
import ast, os, subprocess, sys, tempfile, warnings

def files(args):
    for a in args:
        if os.path.isdir(a):
            for root, dirs, fs in os.walk(a):
                dirs.sort()
                for f in sorted(fs):
                    if f.endswith(".py"):
                        yield os.path.join(root, f)
        else:
            yield a

def main():
    argv = sys.argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    taipan = os.path.join(here, "..", "taipan")
    show_stats = False
    parser = "taipan"
    opt = []
    rest = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--taipan": taipan = argv[i + 1]; i += 2; continue
        if a == "--parser": parser = argv[i + 1]; i += 2; continue
        if a == "--stats": show_stats = True
        elif a in ("-O", "-OO"): opt = [a]
        else: rest.append(a)
        i += 1
    optimize = {"-O": 1, "-OO": 2}.get(opt[0], 0) if opt else 0
    expected = {}
    warnings.simplefilter("ignore")
    for path in files(rest or ["/usr/lib/python3.11"]):
        try:
            src = open(path, "rb").read().decode("utf-8")
            ast.parse(src, path)
        except Exception:
            continue
        try:
            compile(src, path, "exec", dont_inherit=True, optimize=optimize)
            expected[path] = "OK"
        except SyntaxError as e:
            expected[path] = f"SyntaxError: {e.msg} ({e.lineno}, {e.offset})"
        except Exception as e:  # e.g. RecursionError, MemoryError: not comparable
            continue
    with tempfile.NamedTemporaryFile("w", delete=False, suffix=".lst") as lst:
        lst.write("\n".join(expected) + "\n")
    jsonl = lst.name + ".jsonl"
    if parser == "cpython":
        subprocess.run([sys.executable, os.path.join(here, "ast_to_json.py"), jsonl, "@" + lst.name], check=True)
        proc = subprocess.run([taipan, "-X", "compile-batch", jsonl] + opt, capture_output=True, text=True)
        os.unlink(jsonl)
    else:
        proc = subprocess.run([taipan, "-X", "compile-batch", lst.name] + opt, capture_output=True, text=True)
    os.unlink(lst.name)
    got, stats, cur = {}, [], None
    for line in proc.stdout.splitlines():
        if line == "=== STATS":
            cur = "STATS"; continue
        if cur == "STATS":
            stats.append(line); continue
        if line.startswith("=== "):
            cur = line[4:]; continue
        if cur is not None and cur not in got:
            got[cur] = line
    passed = failed = 0
    for path, exp in expected.items():
        mine = got.get(path, "<no output>")
        if mine == exp:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {path}\n  cpython: {exp}\n  taipan:  {mine[:400]}")
    if proc.returncode != 0:
        print("taipan exited with", proc.returncode, proc.stderr[-3000:])
    if show_stats:
        print("\n".join(stats))
    print(f"{passed} passed, {failed} failed")

main()
