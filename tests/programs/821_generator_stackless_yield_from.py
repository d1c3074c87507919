# `yield from` / `await` chains resumed in the interpreter loop (SEND): values, returns, send/throw/close.
import sys


def leaf(tag, n):
    for i in range(n):
        got = yield (tag, i)
        if got is not None:
            print("leaf", tag, "got", got)
    return tag + "-done"


def middle():
    r1 = yield from leaf("a", 2)
    print("middle r1", r1)
    r2 = yield from leaf("b", 2)
    print("middle r2", r2)
    return r1 + "+" + r2


def top():
    r = yield from middle()
    print("top r", r)
    yield "last"


for v in top():
    print("for", v)

g = top()
print(next(g))
print(g.send("S1"))
print(g.send("S2"))
print(g.send(None))
print(g.send("S3"))
try:
    g.send("S4")
except StopIteration as e:
    print("StopIteration", e.value)


def chain(depth):
    if depth == 0:
        yield "x"
        yield "y"
        return 0
    r = yield from chain(depth - 1)
    return r + 1


def drive_chain():
    g = chain(40)
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        out.append(e.value)
    return out


print(drive_chain())
print(list(chain(100)))


def recursive_chain():
    yield from recursive_chain()


try:
    list(recursive_chain())
except RecursionError as e:
    print("RecursionError:", e)
try:
    for v in recursive_chain():
        pass
except RecursionError as e:
    print("RecursionError (for):", e)


def from_list():
    r = yield from [1, 2, 3]
    print("list delegation returns", r)
    r = yield from iter(range(2))
    yield from "ab"


print(list(from_list()))


def bad_inner():
    yield 1
    raise KeyError("inner")


def catching_outer():
    try:
        yield from bad_inner()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"
    yield "end"


for v in catching_outer():
    print("co", v)


def stop_inner():
    yield 1
    raise StopIteration("boom")


def stop_outer():
    try:
        yield from stop_inner()
    except RuntimeError as e:
        print("outer sees", type(e).__name__, e, repr(e.__cause__))
        yield 2


print(list(stop_outer()))


def tb_names(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    return out


def lvl3():
    yield 1
    [][0]


def lvl2():
    yield from lvl3()


def lvl1():
    yield from lvl2()


try:
    for v in lvl1():
        pass
except IndexError as e:
    print("traceback", tb_names(e))


def thrown_inner():
    try:
        yield 1
    except ValueError as e:
        print("inner caught thrown", e)
        yield 2
    yield 3


def thrown_outer():
    r = yield from thrown_inner()
    yield "outer after"


g = thrown_outer()
print(next(g))
print(g.throw(ValueError("T")))
print(list(g))

g = thrown_outer()
print(next(g))
g.close()
print("closed", g.gi_frame, g.gi_yieldfrom)


def yf_state():
    inner = leaf("s", 2)
    holder.append(inner)
    yield from inner


holder = []
g = yf_state()
print(next(g))
print("gi_yieldfrom is inner:", g.gi_yieldfrom is holder[0], "inner running:", holder[0].gi_running)


def peek():
    me = holder2[0]
    outer = holder2[1]
    print("inner running", me.gi_running, "outer running", outer.gi_running, "outer yieldfrom", outer.gi_yieldfrom)
    print("f_back chain", sys._getframe(1).f_code.co_name, sys._getframe(2).f_code.co_name)
    yield 1


def peek_outer():
    yield from holder2[0]


holder2 = [peek()]
holder2.append(peek_outer())
for v in holder2[1]:
    print("peek", v)


def just_started_send():
    g = leaf("j", 1)
    def outer():
        yield from g
    o = outer()
    print(next(o))
    return o


o = just_started_send()
print(list(o))


class Awaitable:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ("awaiting", self.v)
        return (self.v, got)


async def inner_coro(n):
    a = await Awaitable(n)
    return a


async def outer_coro():
    r1 = await inner_coro(1)
    r2 = await inner_coro(2)
    return [r1, r2]


c = outer_coro()
print(c.send(None))
print(c.send("one"))
try:
    c.send("two")
except StopIteration as e:
    print("coroutine result", e.value)


async def returns_now():
    return 5


async def awaits_twice():
    c = returns_now()
    x = await c
    try:
        await c
    except RuntimeError as e:
        print("reuse:", e)
    return x


try:
    awaits_twice().send(None)
except StopIteration as e:
    print("awaits_twice", e.value)


async def raising_coro():
    raise StopIteration("in coro")


async def await_raising():
    try:
        await raising_coro()
    except RuntimeError as e:
        print("coro PEP 479:", e)
    return "ok"


try:
    await_raising().send(None)
except StopIteration as e:
    print("await_raising", e.value)


def queens(n, row=0, cols=()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if all(c != q and abs(c - q) != row - r for r, q in enumerate(cols)):
            yield from queens(n, row + 1, cols + (c,))


print(sum(1 for _ in queens(6)), next(queens(8)))


def stack_names():
    names = []
    frame = sys._getframe(1)
    while frame and not frame.f_code.co_name.startswith("drive"):
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def sn_inner():
    print("inner start", stack_names())
    try:
        yield
    except Exception as e:
        print("inner caught", repr(e), stack_names())
    print("inner end", stack_names())


def sn_outer():
    print("outer start", stack_names())
    yield from sn_inner()
    print("outer end", stack_names())


def drive_send():
    g = sn_outer()
    g.send(None)
    try:
        g.send(None)
    except StopIteration:
        print("send done")


def drive_throw():
    g = sn_outer()
    g.send(None)
    try:
        g.throw(RuntimeError("t"))
    except StopIteration:
        print("throw done")


def drive_for():
    for _ in sn_outer():
        pass


drive_send()
drive_throw()
drive_for()


class StopWith42:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration(42)


def delegate_custom():
    r = yield from StopWith42()
    print("custom iterator returned", r)


print(list(delegate_custom()))


class Closer:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def close(self):
        print("delegating generator running during close:", closing[0].gi_running)


def delegate_closer():
    yield from Closer()


closing = [delegate_closer()]
print(next(closing[0]))
closing[0].close()
print("after close running:", closing[0].gi_running)
