def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("final", e.value)
def catching():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            yield f"handled {e}"
g = catching()
print(next(g), g.throw(ValueError("x")), next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
print(list(g))
def closer():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
g = closer()
next(g)
g.close()
g.close()
def bad_close():
    try:
        yield 1
    except GeneratorExit:
        yield "no!"
g = bad_close()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
g = acc()
try:
    g.send(1)
except TypeError as e:
    print(type(e).__name__, e)
def gen_running():
    yield me.send(None)
me = gen_running()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
g = closer()
try:
    g.throw(TypeError("before start"))
except TypeError as e:
    print("thrown before start:", e)
print(list(g))
