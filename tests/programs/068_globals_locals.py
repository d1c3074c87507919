x = 1
g = globals()
print(g["x"], "x" in g, g is globals())
g["created"] = "via globals()"
print(created)
def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g2():
    v = 1
    loc = locals()
    v = 2
    return loc["v"], locals()["v"]
print(g2())
class K:
    a = 1
    b = sorted(k for k in locals() if not k.startswith("__"))
print(K.b)
print(__name__, type(__builtins__).__name__ in ("module", "dict"))
print(sorted(k for k in vars() if k in ("x", "f", "g2", "K")))
