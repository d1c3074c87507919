g = {"x": 1}
l = {}
exec("y = x + 1\ndef f():\n    return y\nz = f() if 'y' in globals() else 'y not global'", g, l)
print(sorted(l), l["y"], l["z"], "y" in g)
exec("w = 5", g)
print(g["w"], "__builtins__" in g)
code = "result = [n * n for n in range(4)]"
ns = {}
exec(code, ns)
print(ns["result"])
src = "class K:\n    a = 1\n    b = a + 1\n"
ns2 = {}
exec(src, ns2)
print(ns2["K"].b, ns2["K"].__module__ if "__name__" in ns2 else ns2["K"].__module__)
print(eval("__name__"), eval("__name__", {"__name__": "custom"}))
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(type(e).__name__, e)
print(exec("1"), eval("None"))
