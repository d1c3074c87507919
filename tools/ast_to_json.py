#!/usr/bin/env python3.11
"""Writes CPython 3.11's AST of Python files as JSON lines, one file per line:
{"file": PATH, "source": TEXT, "ast": NODE} or {"file": PATH, "error": [msg, lineno, offset]}.
Taipan's compiler checks read these when no Taipan parser is available (AstJsonReader.cs).
Usage: ast_to_json.py OUT.jsonl FILE...   (or a list file with @LIST)"""
import ast, base64, json, sys, warnings

def const(v):
    if v is None: return {"c": "none"}
    if v is ...: return {"c": "ellipsis"}
    if isinstance(v, bool): return {"c": "bool", "v": v}
    if isinstance(v, int): return {"c": "int", "v": str(v)}
    if isinstance(v, float): return {"c": "float", "v": v.hex()}
    if isinstance(v, complex): return {"c": "complex", "v": v.imag.hex()}
    # A lone surrogate would merge with its neighbour in UTF-16: send code points (Ast/SurrogateStr.cs).
    if isinstance(v, str) and any(0xD800 <= ord(ch) <= 0xDFFF for ch in v):
        return {"c": "surrogatestr", "v": [ord(ch) for ch in v]}
    if isinstance(v, str): return {"c": "str", "v": base64.b64encode(v.encode("utf-16-le", "surrogatepass")).decode()}
    if isinstance(v, bytes): return {"c": "bytes", "v": base64.b64encode(v).decode()}
    raise TypeError(type(v))

def node(n):
    if isinstance(n, list): return [node(x) for x in n]
    if not isinstance(n, ast.AST): return n
    d = {"_t": type(n).__name__}
    for f in n._fields:
        v = getattr(n, f, None)
        if f == "value" and isinstance(n, (ast.Constant, ast.MatchSingleton)):
            d[f] = const(v)
        elif isinstance(v, ast.AST) and type(v).__name__ in ("Load", "Store", "Del", "And", "Or", "Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv", "Invert", "Not", "UAdd", "USub"):
            d[f] = type(v).__name__
        elif f == "ops":
            d[f] = [type(x).__name__ for x in v]
        else:
            d[f] = node(v)
    for a in ("lineno", "col_offset", "end_lineno", "end_col_offset"):
        if hasattr(n, a) and getattr(n, a) is not None:
            d[a] = getattr(n, a)
    return d

def main():
    out = sys.argv[1]
    paths = []
    for a in sys.argv[2:]:
        if a.startswith("@"):
            paths += [l.rstrip("\n") for l in open(a[1:]) if l.strip()]
        else:
            paths.append(a)
    warnings.simplefilter("ignore")
    with open(out, "w") as fh:
        for p in paths:
            try:
                src = open(p, "rb").read().decode("utf-8")
                tree = ast.parse(src, p)
                fh.write(json.dumps({"file": p, "source": src, "ast": node(tree)}) + "\n")
            except SyntaxError as e:
                fh.write(json.dumps({"file": p, "error": [e.msg, e.lineno, e.offset]}) + "\n")
            except Exception as e:
                fh.write(json.dumps({"file": p, "error": [str(e), 0, 0]}) + "\n")

main()
