x = 0
def f():
    global x
    for x in range(3):
        pass
    return x
print(f(), x)
def g():
    global y
    y = "created"
    del y
    try:
        y
    except NameError as e:
        print(e)
g()
def h():
    exec("z_from_exec = 1", globals())
h()
print(z_from_exec)
class K:
    global kglobal
    kglobal = "set in class body"
print(kglobal, hasattr(K, "kglobal"))
def shadow_builtin():
    global len
    len = lambda s: 42
shadow_builtin()
print(len("abc"))
del len
print(len("abc"))
def uses_builtin():
    return abs(-3)
abs = lambda v: "shadowed abs"
print(uses_builtin())
del abs
print(uses_builtin())
