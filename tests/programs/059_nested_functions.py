def outer(a):
    def middle(b):
        def inner(c):
            return a + b + c
        return inner
    return middle
print(outer(1)(2)(3))
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
print(outer.__qualname__, outer(1).__qualname__, outer(1)(2).__qualname__)
def cells():
    x = 1
    def f():
        return x
    return f
fn = cells()
print(len(fn.__closure__), fn.__closure__[0].cell_contents, fn.__code__.co_freevars)
print(cells.__code__.co_cellvars)
def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late())
def recursive_inner():
    def fact(n):
        return 1 if n < 2 else n * fact(n - 1)
    return fact(6)
print(recursive_inner())
