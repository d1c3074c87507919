# ast.parse(type_comments=True), feature_version and mode='func_type'.
import ast

src = '''\
def f(a,  # type: int
      b=1,  # type: str
      *args,  # type: float
      **kw  # type: bool
      ):
    # type: (...) -> None
    x = []  # type: list[int]
    for i in x:  # type: int
        pass
    with open(p) as fh:  # type: IO[str]
        pass

def g(): # type: () -> int
    return 1  # type: ignore

y = 2  # type: ignore[misc]
z = 3  #type:ignore
w = 4  # type: ignored
'''
tree = ast.parse(src, type_comments=True)
print(ast.dump(tree, include_attributes=True))
f = tree.body[0]
print(f.type_comment, [a.type_comment for a in f.args.args], f.args.vararg.type_comment, f.args.kwarg.type_comment)
print([(t.lineno, t.tag) for t in tree.type_ignores])
plain = ast.parse(src)
print(plain.body[0].type_comment, plain.type_ignores, plain.body[0].body[0].type_comment)
code = compile(tree, "<tc>", "exec")
print(type(code).__name__)

for bad in ["pass  # type: int\n", "x += 1  # type: int\n", "while x:  # type: int\n    pass\n",
            "def f():  # type: () -> int\n    # type: () -> str\n    pass\n"]:
    try:
        ast.parse(bad, type_comments=True)
        print("parsed", repr(bad))
    except SyntaxError as e:
        print("SyntaxError", e.msg)
    ast.parse(bad)  # without the flag it is only a comment

cases = [
    ("async def f(): await g()", 4),
    ("a @ b", 4),
    ("x: int = 1", 5),
    ("f'{a}'", 5),
    ("x = 1_000", 5),
    ("async def f():\n    return [x async for x in y]", 5),
    ("(n := 10)", 7),
    ("def f(a, /, b): pass", 7),
    ("f'{x=}'", 7),
    ("f'{x!r}'", 7),
    ("with (open(a) as b, open(c) as d): pass", 8),
    ("with (a, b): pass", 8),
    ("with a as b: pass", 8),
    ("with  (a): pass", 8),
    ("async def f():\n    async with (a as b, c): pass", 8),
    ("match x:\n    case 1: pass", 9),
    ("try:\n    pass\nexcept* E:\n    pass", 10),
]
for text, version in cases:
    for v in (version, version + 1):
        try:
            ast.parse(text, feature_version=(3, v))
            print(v, "ok", repr(text))
        except SyntaxError as e:
            print(v, "SyntaxError", e.msg)

for sig in ["() -> None", "(int, str) -> bool", "(*Any, **Any) -> Dict[str, int]", "(int, *str) -> x.y",
            "(int,) -> x", "(*a, *b) -> x", "(**a, b) -> x", "int -> x"]:
    try:
        print(ast.dump(ast.parse(sig, mode="func_type")))
    except SyntaxError as e:
        print("SyntaxError", repr(sig), e.msg)
