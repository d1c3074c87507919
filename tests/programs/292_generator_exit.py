def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("finally in generator")
it = g()
next(it)
it.close()
print("closed:", it.gi_frame is None)
def swallow():
    try:
        yield 1
    except GeneratorExit:
        print("swallowing and returning")
        return
it = swallow()
next(it)
it.close()
def ignore():
    ignored = False
    while True:
        try:
            yield
        except GeneratorExit:
            if ignored:
                raise
            ignored = True
            print("ignoring close")
it = ignore()
next(it)
try:
    it.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def not_started():
    print("body never runs")
    yield
it = not_started()
it.close()
print(list(it))
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
def thrower():
    yield 1
it = thrower()
next(it)
try:
    it.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagated from throw")
