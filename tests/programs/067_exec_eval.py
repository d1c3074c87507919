print(eval("1 + 2 * 3"))
print(eval("x * y", {"x": 3, "y": 4}))
print(eval("a + b", {"a": 1}, {"b": 10}))
ns = {}
exec("def f(n):\n    return n * 2\nz = f(21)", ns)
print(ns["z"], sorted(k for k in ns if k != "__builtins__"))
exec("q = 5")
print(q)
code = compile("u + 1", "<string>", "eval")
print(eval(code, {"u": 41}), type(code).__name__, code.co_filename)
print(eval("[i for i in range(3)]"), eval("(lambda: 7)()"))
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    exec("x = (")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval("undefined_thing")
except NameError as e:
    print(type(e).__name__, e)
g = {"__builtins__": {}}
try:
    eval("len([])", g)
except NameError as e:
    print("no builtins:", e)
print(eval("  42  "), eval("'a' 'b'"))
single = compile("1 + 1", "<s>", "single")
exec(single)
def local_exec():
    loc = {}
    exec("v = 3", globals(), loc)
    return loc
print(local_exec())
