# A generator or coroutine that has finished no longer keeps its locals alive (CPython clears the frame),
# while a traceback that saw the frame still shows its locals.
import gc
import weakref


class Resource:
    pass


def gen():
    res = Resource()
    yield weakref.ref(res)


def alive(r):
    gc.collect()
    return r() is not None


g = gen()
r = next(g)
print("suspended:", alive(r))
for _ in g:
    pass
print("exhausted:", alive(r), g.gi_frame)


async def coro():
    res = Resource()
    return weakref.ref(res)


c = coro()
try:
    c.send(None)
except StopIteration as stop:
    r = stop.value
print("coroutine returned:", alive(r), c.cr_frame)


def outer():
    return (yield from gen())


g = outer()
r = next(g)
for _ in g:
    pass
print("yield from:", alive(r))


def raising():
    res = Resource()
    yield 1
    raise ValueError(res)


g = raising()
next(g)
try:
    next(g)
except ValueError as e:
    tb = e.__traceback__
while tb.tb_next:
    tb = tb.tb_next
print("traceback frame locals:", sorted(tb.tb_frame.f_locals))
