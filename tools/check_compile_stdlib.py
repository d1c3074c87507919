#!/usr/bin/env python3.11
"""Compile every .py file under /usr/lib/python3.11 (or the given files/dirs) with Taipan in ONE
process (`taipan -X compile-batch FILE.jsonl`) and compare with CPython 3.11's compile():
a file CPython compiles must compile without error; a file whose AST CPython builds but whose
compilation raises SyntaxError must raise the same message at the same line and offset.
Files CPython cannot parse are skipped (they test the parser, not the compiler).
Prints mismatches, the ISA statistics Taipan reports, and as last line `N passed, N failed`.
Options: --co (also compare co_name, co_qualname, co_firstlineno, arg counts, co_nlocals,
co_flags, co_varnames, co_cellvars, co_freevars of every code object), --taipan PATH, --parser taipan|cpython (whose AST to compile; default Taipan's), --stats (print Taipan's bytecode figures), -O / -OO.
"""
import ast, os, subprocess, sys, tempfile, warnings

from pyfiles import files  # noqa: E402 (tools/ is on sys.path when run as a script)

def co_lines(code):
    """The co_* values Taipan's code objects must share with CPython's (see -X compile-batch --co)."""
    yield (f"{code.co_qualname}|{code.co_name}|{code.co_firstlineno}|{code.co_argcount}|"
           f"{code.co_posonlyargcount}|{code.co_kwonlyargcount}|{code.co_nlocals}|{code.co_flags}|"
           f"{','.join(code.co_varnames)}|{','.join(code.co_cellvars)}|{','.join(code.co_freevars)}")
    for c in code.co_consts:
        if hasattr(c, "co_code"):
            yield from co_lines(c)

def main():
    argv = sys.argv[1:]
    here = os.path.dirname(os.path.abspath(__file__))
    taipan = os.path.join(here, "..", "taipan")
    show_stats = False
    parser = "taipan"
    co = False
    opt = []
    rest = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--taipan": taipan = argv[i + 1]; i += 2; continue
        if a == "--parser": parser = argv[i + 1]; i += 2; continue
        if a == "--stats": show_stats = True
        elif a == "--co": co = True
        elif a in ("-O", "-OO"): opt = [a]
        else: rest.append(a)
        i += 1
    optimize = {"-O": 1, "-OO": 2}.get(opt[0], 0) if opt else 0
    expected = {}
    expected_co = {}
    warnings.simplefilter("ignore")
    for path in files(rest or ["/usr/lib/python3.11"]):
        try:
            src = open(path, "rb").read().decode("utf-8")
            ast.parse(src, path)
        except Exception:
            continue
        try:
            code = compile(src, path, "exec", dont_inherit=True, optimize=optimize)
            expected[path] = "OK"
            if co:
                expected_co[path] = sorted(co_lines(code))
        except SyntaxError as e:
            expected[path] = f"SyntaxError: {e.msg} ({e.lineno}, {e.offset})"
        except Exception as e:  # e.g. RecursionError, MemoryError: not comparable
            continue
    with tempfile.NamedTemporaryFile("w", delete=False, suffix=".lst") as lst:
        lst.write("\n".join(expected) + "\n")
    jsonl = lst.name + ".jsonl"
    if parser == "cpython":
        subprocess.run([sys.executable, os.path.join(here, "ast_to_json.py"), jsonl, "@" + lst.name], check=True)
        proc = subprocess.run([taipan, "-X", "compile-batch", jsonl] + opt + (["--co"] if co else []), capture_output=True, text=True)
        os.unlink(jsonl)
    else:
        proc = subprocess.run([taipan, "-X", "compile-batch", lst.name] + opt + (["--co"] if co else []), capture_output=True, text=True)
    os.unlink(lst.name)
    got, got_co, stats, cur = {}, {}, [], None
    for line in proc.stdout.splitlines():
        if line == "=== STATS":
            cur = "STATS"; continue
        if cur == "STATS":
            stats.append(line); continue
        if line.startswith("=== "):
            cur = line[4:]; continue
        if cur is not None and line.startswith("co "):
            got_co.setdefault(cur, []).append(line[3:])
            continue
        if cur is not None and cur not in got:
            got[cur] = line
    passed = failed = 0
    for path, exp in expected.items():
        mine = got.get(path, "<no output>")
        if mine == exp and co and exp == "OK":
            mine_co = sorted(got_co.get(path, []))
            if mine_co != expected_co[path]:
                failed += 1
                diff = [(a, b) for a, b in zip(expected_co[path], mine_co) if a != b][:1] or [(len(expected_co[path]), len(mine_co))]
                print(f"FAIL {path} (co_* data)\n  cpython: {diff[0][0]}\n  taipan:  {diff[0][1]}")
                continue
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
