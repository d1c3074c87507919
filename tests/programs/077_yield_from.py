def inner():
    x = yield 1
    print("inner got", x)
    y = yield 2
    print("inner got", y)
    return "inner result"
def outer():
    r = yield from inner()
    print("outer got result", r)
    yield 3
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
try:
    next(g)
except StopIteration as e:
    print("done", e.value)
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3))))
def delegating():
    try:
        yield from catcher()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            print("catcher handled", e)
g = delegating()
print(next(g))
print(g.throw(ValueError("v1")))
print(g.throw(KeyError("k")))
def sub():
    yield 1
    return "sub-return"
def deleg():
    v = yield from sub()
    return v
print(list(deleg()))
gen = deleg()
next(gen)
try:
    next(gen)
except StopIteration as e:
    print(e.value)
def tree(t):
    if isinstance(t, list):
        for c in t:
            yield from tree(c)
    else:
        yield t
print(list(tree([1, [2, [3, [4]], 5]])))
