counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed"
    inner()
    return x
print(outer())
def make():
    count = 0
    def step():
        nonlocal count
        count += 1
        return count
    return step
s = make()
print(s(), s(), s())
def define_global():
    global NEW_NAME
    NEW_NAME = 42
define_global()
print(NEW_NAME)
x = "global x"
def read_only():
    return x
def shadow():
    x = "local x"
    return x
print(read_only(), shadow(), x)
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    y = 1
unbound()
def deep():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
        inner()
    mid()
    return a
print(deep())
