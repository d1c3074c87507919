# ast.parse / compile(..., PyCF_ONLY_AST): node classes, fields and positions as CPython's.
import ast

SOURCES = [
    "x = 1 + 2 * 3 - -4 ** 2 // 5 % 6 @ m",
    "a, *b = c[1:2, ::3], d.e\ndel a[0], b.c",
    "x += 1; y -= 2; z **= 3; w //= 4; v @= u",
    "y: int = 3\nz: 'list[int]'\nself.a: int = 1",
    "async def f(a, /, b: int = 1, *args, c, d=2, **kw) -> None:\n    await g()\n    async for i in x: pass\n    async with a as b, c: pass\n",
    "@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    '''doc'''\n    def m(self): return super().m()\n",
    "lambda x, *y, z=1, **w: (x, y, z, w)",
    "[i for i in range(10) if i % 2 if i > 3]\n{k: v for k, v in d.items()}\n{s for s in t}\n(g for g in h for j in g)",
    "f'{a!r:>{width}} and {b=} {c:.{p}f} {{literal}}'",
    "'implicit' 'concat' u'kind'\nb'bytes' rb'\\raw'",
    "if a:\n    pass\nelif b:\n    break\nelse:\n    continue",
    "while x:\n    x -= 1\nelse:\n    print('done')",
    "for i, (j, k) in enumerate(z):\n    pass\nelse:\n    pass",
    "try:\n    1/0\nexcept ZeroDivisionError as e:\n    raise ValueError from e\nexcept (TypeError, KeyError):\n    raise\nelse:\n    pass\nfinally:\n    cleanup()",
    "try:\n    pass\nexcept* ValueError as eg:\n    pass",
    "with open(f) as fh, lock:\n    data = fh.read()",
    "with (a as b, c as d,):\n    pass",
    "import os.path as p, sys\nfrom . import x\nfrom ..mod import (y as z, w)\nfrom __future__ import annotations",
    "global g\nnonlocal_ok = 1\nassert x > 0, 'positive'",
    "def outer():\n    v = 1\n    def inner():\n        nonlocal v\n        v += 1\n    return inner",
    "def gen():\n    yield\n    yield 1\n    x = yield from other()",
    "a if b else c\nnot a and b or c\na < b <= c != d is not e in f not in g",
    "print(*args, sep='', **kwargs)\nf(x for x in y)",
    "(y := 10)\n[z := 1, 2]",
    "x = ...\ny = None, True, False\nz = 1_000, 0x1f, 1.5e3, 2j",
    "match command.split():\n    case [action]:\n        pass\n    case ['go', direction] | ['move', direction]:\n        pass\n    case {'x': 1, **rest}:\n        pass\n    case Point(x=0, y=yy) as p if yy > 0:\n        pass\n    case [1, *others]:\n        pass\n    case None | True | -1 | 1+2j | 'str' | b.c:\n        pass\n    case _:\n        pass",
    "x = 'caf\u00e9'; y = '\U0001f600' + z",
    "s[1:2:3], s[:], s[::], s[a, b:c]",
    "del x\n",
    "",
    "# only a comment\n",
    "def f():\n    '''docstring'''\n    return\n",
    "class A: x: int\nclass B(): pass",
    "if x:\n  # comment\n  y = (1 +\n       2)\n",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree, include_attributes=True))
    # The same tree through compile's flag.
    assert ast.dump(compile(src, "<s>", "exec", ast.PyCF_ONLY_AST), include_attributes=True) == ast.dump(tree, include_attributes=True)

# Modes.
print(ast.dump(ast.parse("a + b * c", mode="eval"), include_attributes=True))
print(ast.dump(ast.parse("x = 1", mode="single"), include_attributes=True))
print(ast.dump(ast.parse("for i in x: print(i)\n", mode="single"), include_attributes=True))
print(ast.dump(ast.parse("(int, str) -> bool", mode="func_type"), include_attributes=True))
print(ast.dump(ast.parse("() -> None", mode="func_type")))
print(ast.dump(ast.parse("(*int, **str) -> List[T]", mode="func_type")))
print(ast.dump(ast.parse("x", type_comments=True)))
print(ast.dump(ast.parse("x", feature_version=(3, 8))))

# Node objects: classes, fields, defaults, shared singletons.
t = ast.parse("x = y + z")
assign = t.body[0]
print(type(t).__name__, type(assign).__name__, type(assign.value.op).__name__)
print(assign._fields, assign._attributes)
print(sorted(vars(assign)))
print(assign.type_comment, assign.lineno, assign.end_col_offset)
print(isinstance(assign, ast.stmt), isinstance(assign.value, ast.expr), isinstance(assign, ast.AST))
print(t.body[0].targets[0].ctx is ast.parse("q = 1").body[0].targets[0].ctx)
print(ast.parse("a + b").body[0].value.op is ast.parse("c + d").body[0].value.op)
print(ast.parse("a").body[0].value.ctx is ast.parse("b").body[0].value.ctx)
print(type(ast.parse("a").body[0].value.ctx).__name__)
imp = ast.parse("from . import x").body[0]
print(imp.module, imp.level, imp.names[0].asname)
ret = ast.parse("def f(): return").body[0].body[0]
print(ret.value)
const = ast.parse("u'x'").body[0].value
print(const.value, const.kind, ast.parse("'x'").body[0].value.kind)

# Walking and visiting.
names = [n.id for n in ast.walk(ast.parse("a = b + c(d, e=f)")) if isinstance(n, ast.Name)]
print(sorted(names))

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.counts = {}
    def generic_visit(self, node):
        k = type(node).__name__
        self.counts[k] = self.counts.get(k, 0) + 1
        super().generic_visit(node)

c = Counter()
c.visit(ast.parse("\n".join(SOURCES[:10])))
print(sorted(c.counts.items()))

# Docstrings and source segments.
mod = ast.parse('"""Module doc."""\ndef f():\n    """Func doc."""\n')
print(ast.get_docstring(mod), ast.get_docstring(mod.body[1]))
src = "result = compute(alpha,\n                 beta) + 1\n"
node = ast.parse(src).body[0].value
print(repr(ast.get_source_segment(src, node)))
print(repr(ast.get_source_segment(src, node.left.args[1])))

# Syntax errors come back as SyntaxError with CPython's details.
for bad in ["x = = 1", "def f(:\n", "(a, b) = = c", "return"]:
    try:
        ast.parse(bad)
        print("parsed", repr(bad))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    compile("1", "<s>", "func_type")
except ValueError as e:
    print(e)
try:
    compile("1", "<s>", "nope", ast.PyCF_ONLY_AST)
except ValueError as e:
    print(e)
try:
    compile("1", "<s>", "exec", 0x8000)
except ValueError as e:
    print(e)
