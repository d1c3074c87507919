#!/usr/bin/env python3.11
"""Check the strings Taipan's compiler makes of annotations under `from __future__ import
annotations` (AstUnparser.cs) against CPython 3.11's C unparser, for every annotation in the
given files (default: all of /usr/lib/python3.11). CPython's string for an annotation is
obtained by compiling `def f() -> (SOURCE): pass` under the future import.
Last line: `N passed, N failed` (counted per annotation)."""
import ast, os, subprocess, sys, tempfile, warnings

from pyfiles import files  # noqa: E402 (tools/ is on sys.path when run as a script)

def cpython_string(segment):
    ns = {}
    exec(compile("from __future__ import annotations\ndef f() -> (\n" + segment + "\n): pass\n", "<ann>", "exec"), ns)
    return ns["f"].__annotations__["return"]

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    argv = sys.argv[1:]
    taipan = os.path.join(here, "..", "taipan")
    if argv[:1] == ["--taipan"]:
        taipan = argv[1]; argv = argv[2:]
    warnings.simplefilter("ignore")
    expected = {}
    for path in files(argv or ["/usr/lib/python3.11"]):
        try:
            src = open(path, "rb").read().decode("utf-8")
            tree = ast.parse(src, path)
        except Exception:
            continue
        anns = []
        for node in ast.walk(tree):
            a = None
            if isinstance(node, ast.arg): a = node.annotation
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)): a = node.returns
            elif isinstance(node, ast.AnnAssign): a = node.annotation
            if a is None or isinstance(a, ast.Starred):
                continue
            try:
                anns.append((f"{a.lineno}:{a.col_offset}", cpython_string(ast.get_source_segment(src, a))))
            except Exception:
                continue
        if anns:
            expected[path] = dict(anns)
    with tempfile.NamedTemporaryFile("w", delete=False, suffix=".lst") as lst:
        lst.write("\n".join(expected) + "\n")
    proc = subprocess.run([taipan, "-X", "unparse-annotations", lst.name], capture_output=True, text=True)
    os.unlink(lst.name)
    got, cur = {}, None
    for line in proc.stdout.splitlines():
        if line.startswith("=== "):
            cur = line[4:]; got[cur] = {}; continue
        pos, _, text = line.partition(" ")
        got.setdefault(cur, {})[pos] = text.replace("\\n", "\n")
    passed = failed = 0
    for path, anns in expected.items():
        for pos, exp in anns.items():
            mine = got.get(path, {}).get(pos)
            if mine == exp:
                passed += 1
            else:
                failed += 1
                print(f"FAIL {path}:{pos}\n  cpython: {exp!r}\n  taipan:  {mine!r}")
    print(f"{passed} passed, {failed} failed")

main()
