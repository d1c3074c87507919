# compile() of hand-built and transformed ast trees, CPython's checks on malformed trees,
# literal_eval and unparse round trips.
import ast


def run(tree, mode="exec", env=None):
    code = compile(tree, "<ast>", mode)
    env = {} if env is None else env
    if mode == "eval":
        return eval(code, env)
    exec(code, env)
    return env


# A module built by hand: fix_missing_locations fills the positions.
tree = ast.Module(
    body=[
        ast.Assign(targets=[ast.Name("total", ast.Store())], value=ast.Constant(0)),
        ast.For(
            target=ast.Name("i", ast.Store()),
            iter=ast.Call(ast.Name("range", ast.Load()), [ast.Constant(5)], []),
            body=[ast.AugAssign(ast.Name("total", ast.Store()), ast.Add(), ast.Name("i", ast.Load()))],
            orelse=[],
        ),
        ast.FunctionDef(
            name="double",
            args=ast.arguments(posonlyargs=[], args=[ast.arg("v")], vararg=None, kwonlyargs=[],
                               kw_defaults=[], kwarg=None, defaults=[]),
            body=[ast.Return(ast.BinOp(ast.Name("v", ast.Load()), ast.Mult(), ast.Constant(2)))],
            decorator_list=[],
        ),
        ast.Expr(ast.Call(ast.Name("print", ast.Load()),
                          [ast.Constant("total"), ast.Call(ast.Name("double", ast.Load()), [ast.Name("total", ast.Load())], [])],
                          [ast.keyword("sep", ast.Constant("="))])),
    ],
    type_ignores=[],
)
ast.fix_missing_locations(tree)
env = run(tree)
print(env["total"], env["double"](21))

# eval mode with an Expression.
expr = ast.Expression(ast.BinOp(ast.Constant(6), ast.Pow(), ast.Constant(2)))
print(run(ast.fix_missing_locations(expr), "eval"))
print(run(ast.parse("[x * y for x in a for y in b if x != y]", mode="eval"), "eval", {"a": [1, 2], "b": [2, 3]}))

# Constants of every kind survive the round trip.
for value in [None, True, False, 7, -2**80, 2.5, 1j, "s", "caf\u00e9", b"\x00b", ..., (1, (2, "x")), frozenset({3})]:
    e = ast.fix_missing_locations(ast.Expression(ast.Constant(value)))
    got = run(e, "eval")
    print(repr(got), type(got).__name__, got == value)

# A NodeTransformer rewriting a parsed tree before compiling it.
class Swap(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.op, ast.Add):
            return ast.copy_location(ast.BinOp(node.left, ast.Sub(), node.right), node)
        return node

src = "def f(a, b):\n    return a + b * (a + 1)\nresult = f(10, 3)\n"
tree = Swap().visit(ast.parse(src))
print(run(tree)["result"])

# Classes, closures, generators, try/except, with, match, lambdas through the AST.
program = '''
import contextlib
class Acc:
    def __init__(self):
        self.items = []
    def add(self, *xs, **kw):
        self.items.extend(xs)
        return self
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
def gen(k):
    yield from range(k)
@contextlib.contextmanager
def ctx(log):
    log.append("enter")
    yield "v"
    log.append("exit")
log = []
with ctx(log) as v:
    log.append(v)
try:
    {}["missing"]
except KeyError as e:
    log.append(repr(e))
finally:
    log.append("finally")
def classify(p):
    match p:
        case (0, 0): return "origin"
        case (x, 0): return f"x={x}"
        case {"k": k, **rest}: return f"k={k} rest={rest}"
        case [*_]: return "seq"
        case _: return "other"
b = counter()
b(); b()
out = (Acc().add(1, 2).add(3).items, b(), list(gen(3)), log,
       [classify(p) for p in [(0, 0), (4, 0), {"k": 1, "z": 2}, [1], 5]],
       sorted(map(lambda s: s[::-1], ["ab", "cd"])))
'''
print(run(ast.parse(program))["out"])

# Interactive mode prints expression statements.
run(ast.parse("1 + 1\n", mode="single"), "single")

# Positions from a parsed tree drive tracebacks.
import traceback
code = compile(ast.parse("x = 1\ny = 2\nz = x / (y - 2)\n"), "<positions>", "exec")
try:
    exec(code, {})
except ZeroDivisionError:
    tb = traceback.format_exc().splitlines()
    print(tb[-3:])

# compile with PyCF_ONLY_AST on a tree returns the same tree.
t = ast.parse("x")
print(compile(t, "<s>", "exec", ast.PyCF_ONLY_AST) is t)


def check(tree, mode="exec"):
    try:
        compile(tree, "<bad>", mode)
        print("compiled")
    except (TypeError, ValueError, OverflowError, SyntaxError) as e:
        msg = str(e)
        if " object at 0x" in msg:
            msg = msg[:msg.index(" object at 0x")] + " object>"
        print(type(e).__name__ + ":", msg)


def expr_mod(e):
    return ast.Module([ast.Expr(e, lineno=1, col_offset=0)], [])


L = dict(lineno=1, col_offset=0)
check(ast.Module())
check(ast.Module(body=[ast.Expr()], type_ignores=[]))
check(ast.Module(body=[ast.Expr(value=ast.Name("x", ast.Load()))], type_ignores=[]))
check(expr_mod(ast.Name("x", ast.Store(), **L)))
check(expr_mod(ast.Name(1, ast.Load(), **L)))
check(expr_mod(ast.Name("x", 3, **L)))
check(expr_mod(ast.Name("None", ast.Load(), **L)))
check(expr_mod(ast.Constant([1], **L)))
check(expr_mod(ast.Constant((1, [2]), **L)))
check(expr_mod(ast.Pass(**L)))
check(expr_mod(None))
check(ast.Module(body=3, type_ignores=[]))
check(ast.Module(body=(), type_ignores=[]))
check(ast.Module(body=[3], type_ignores=[]))
check(expr_mod(ast.Name("x", ast.Load(), lineno="a", col_offset=0)))
check(expr_mod(ast.Name("x", ast.Load(), lineno=2**70, col_offset=0)))
check(expr_mod(ast.BinOp(ast.Constant(1, **L), ast.Add, ast.Constant(2, **L), **L)))
check(ast.Module([ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [], **L)], []))
check(ast.Module([ast.If(ast.Name("x", ast.Load(), **L), [], [], **L)], []))
check(ast.Module([ast.ImportFrom("x", [ast.alias("y", **L)], -1, **L)], []))
check(ast.Module([ast.Assign([], ast.Constant(1, **L), **L)], []))
check(expr_mod(ast.Compare(ast.Constant(1, **L), [ast.Eq()], [], **L)))
check(expr_mod(ast.Compare(ast.Constant(1, **L), [ast.Eq(), ast.Lt()], [ast.Constant(2, **L)], **L)))
check(expr_mod(ast.BoolOp(ast.And(), [ast.Constant(1, **L)], **L)))
check(expr_mod(ast.Dict([None], [], **L)))
check(expr_mod(ast.ListComp(ast.Constant(1, **L), [], **L)))
check(ast.Module([ast.Try([ast.Pass(**L)], [], [], [], **L)], []))
check(ast.Module([ast.Raise(None, ast.Constant(1, **L), **L)], []))
check(ast.Module([ast.AnnAssign(ast.Attribute(ast.Name("a", ast.Load(), **L), "b", ast.Store(), **L),
                                ast.Name("int", ast.Load(), **L), None, 1, **L)], []))
check(ast.Module([ast.Delete([ast.Constant(1, **L)], **L)], []))
check(ast.Expression(ast.Name("x", ast.Load(), **L)), "exec")
check(ast.Module([], []), "eval")
check(ast.Name("x", ast.Load(), **L), "eval")
check(ast.Interactive([ast.Expr(ast.Constant(1, **L), **L)]), "single")
check(ast.Module([ast.Expr(ast.Call(ast.Name("print", ast.Load(), **L), [ast.Starred(ast.Name("a", ast.Load(), **L), ast.Store(), **L)], [], **L), **L)], []))

class MyName(ast.Name):
    pass

e = ast.fix_missing_locations(ast.Expression(MyName("abs", ast.Load())))
print(run(e, "eval"))

# literal_eval
for s in ["1", "-2.5", "1+2j", "'x' 'y'", "[1, (2, 3), {4: {5}}]", "{'a': None, 'b': True}",
          "set()", "b'\\x01'", " \t  42", "(1,)"]:
    print(repr(ast.literal_eval(s)))
for s in ["a", "1 + x", "f()", "[1, 2][0]", "{1: 2}[1]", "__import__('os')"]:
    try:
        ast.literal_eval(s)
    except ValueError as e:
        print("ValueError", str(e).split(":")[0])
print(ast.literal_eval(ast.parse("[1, 2]", mode="eval")))

# unparse round trips: parse(unparse(parse(s))) dumps equal to parse(s).
for s in [
    "x = (1 + 2) * 3 ** -y",
    "def f(a, /, b=1, *c, d, e=2, **f) -> 'r':\n    return (yield)",
    "class C(B, metaclass=M):\n    @property\n    def p(self): return self._p",
    "f'{x!r:>10} {y=}' + 'plain'",
    "lambda: (yield)",
    "with a as (b, c), d: pass",
    "try:\n    pass\nexcept* E:\n    pass",
    "match x:\n    case [1, *rest] if rest: pass\n    case C(a=1) | {'k': _}: pass",
    "a[1:2, ...] = b if c else d",
    "async def g():\n    async with x as y:\n        await z\n    return [i async for i in y]",
    "global a, b\nassert x, 'msg'\ndel a, b[0]",
    "print(*args, **{'sep': ''})",
    "x: list[int] = []\n(y := 5)",
]:
    tree = ast.parse(s)
    text = ast.unparse(tree)
    again = ast.parse(text)
    print(ast.dump(again) == ast.dump(tree), text.replace("\n", " | "))
