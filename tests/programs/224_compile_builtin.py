c1 = compile("a + 1", "<expr>", "eval")
print(type(c1).__name__, c1.co_filename, c1.co_name, eval(c1, {"a": 1}))
c2 = compile("x = 5\ny = x * 2\n", "<module>", "exec")
ns = {}
exec(c2, ns)
print(ns["y"], c2.co_name, "x" in c2.co_names)
c3 = compile("1 + 2", "<single>", "single")
exec(c3)
for src, mode in (("def f(:", "exec"), ("x =", "exec"), ("a b", "eval"), ("return 1", "exec"), ("x = 1", "eval"), ("1 +\n", "single"), ("yield 1", "exec"), ("'unterminated", "eval"), ("(1, 2", "eval"), ("\tif 1:\n  pass", "exec"), ("break", "exec")):
    try:
        compile(src, "<test>", mode)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.filename, e.lineno, e.offset, repr(e.text))
try:
    compile("1", "<x>", "bogus")
except ValueError as e:
    print(type(e).__name__, e)
try:
    compile("1\x00", "<x>", "eval")
except (SyntaxError, ValueError) as e:
    print(type(e).__name__, e)
code = compile("def g(a, b=2):\n    return a * b\n", "<def>", "exec")
env = {}
exec(code, env)
print(env["g"](21), env["g"].__code__.co_filename, env["g"].__name__)
