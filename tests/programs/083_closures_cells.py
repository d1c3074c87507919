def make_multipliers():
    return [lambda x, i=i: x * i for i in range(4)]
print([m(10) for m in make_multipliers()])
def make_late():
    return [lambda x: x * i for i in range(4)]
print([m(10) for m in make_late()])
def shared():
    v = []
    def add(x):
        v.append(x)
    def get():
        return list(v)
    return add, get
add, get = shared()
add(1); add(2)
print(get())
def rebinding():
    x = 1
    f = lambda: x
    x = 2
    return f()
print(rebinding())
def cell_in_loop():
    fs = []
    for i in range(3):
        def make(j):
            return lambda: j
        fs.append(make(i))
    return [f() for f in fs]
print(cell_in_loop())
def outer():
    x = "x"
    class Inner:
        y = x
        def m(self):
            return x
    return Inner
I = outer()
print(I.y, I().m())
def arg_cell(a):
    def f():
        return a
    a = a * 2
    return f
print(arg_cell(5)())
def deleted():
    x = 1
    def f():
        return x
    del x
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
deleted()
