# Generators resumed by a for loop (FOR_ITER) in the interpreter loop: state, frames, exceptions.
import sys


def tb_names(exc):
    out = []
    tb = exc.__traceback__
    while tb is not None:
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno - FIRST))
        tb = tb.tb_next
    return out


FIRST = sys._getframe().f_lineno


def counter(n):
    for i in range(n):
        yield i
    return "ignored"


def total():
    t = 0
    for x in counter(1000):
        t += x
    return t


print("total", total())


def watcher():
    me = yield_self[0]
    for i in range(3):
        caller = sys._getframe(1)
        print("running", me.gi_running, "suspended", me.gi_suspended, "f_back", caller.f_code.co_name,
              "back line", caller.f_lineno - FIRST)
        yield i


yield_self = [None]


def drive_watcher():
    g = watcher()
    yield_self[0] = g
    for v in g:
        print("got", v, "running", g.gi_running, "frame back", g.gi_frame.f_back)
    print("after", g.gi_frame, g.gi_running)


drive_watcher()


def stops():
    yield 1
    raise StopIteration("inner stop")


try:
    for v in stops():
        print("stops yielded", v)
except RuntimeError as e:
    print("PEP 479:", e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)


def raiser():
    yield "a"
    yield 1 / 0


def run_raiser():
    out = []
    for v in raiser():
        out.append(v)
    return out


try:
    run_raiser()
except ZeroDivisionError as e:
    print("ZeroDivisionError", e, tb_names(e))


def self_next():
    yield 1
    next(me_gen)
    yield 2


me_gen = self_next()
try:
    for v in me_gen:
        print("self_next", v)
except ValueError as e:
    print("ValueError:", e)


def with_finally():
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print("finally runs")


g = with_finally()
for v in g:
    print("wf", v)
    if v == 2:
        break
print("broke out; state suspended:", g.gi_suspended)
print("resumed by next:", next(g))
g.close()
print("closed frame:", g.gi_frame)


def exc_state():
    print("gen sees", sys.exc_info()[0])
    try:
        raise KeyError("k")
    except KeyError:
        yield "in except"
        print("gen after yield sees", sys.exc_info()[0])
    yield "after except"
    print("gen at end sees", sys.exc_info()[0])


try:
    raise IndexError("i")
except IndexError:
    for v in exc_state():
        print(v, "| caller sees", sys.exc_info()[0])
print("outside sees", sys.exc_info()[0])


def chained():
    yield 1
    raise ValueError("from gen")


try:
    raise TypeError("outer")
except TypeError:
    try:
        for v in chained():
            pass
    except ValueError as e:
        print("context:", repr(e.__context__))


def nested_loops():
    for a in counter(3):
        for b in counter(2):
            yield a * 10 + b


print(list(nested_loops()))
print([v for v in nested_loops() if v % 2])
print(sum(x for x in counter(10)))
for v in (x * x for x in counter(5)):
    print("genexp", v)


def deep(n):
    if n == 0:
        yield "bottom"
        return
    for v in deep(n - 1):
        yield v


print(list(deep(50)))


def forever(n):
    for v in forever(n + 1):
        yield v
    yield n


try:
    for v in forever(0):
        pass
except RecursionError as e:
    print("RecursionError:", e)


def handled_inside():
    try:
        for v in raiser():
            yield v
    except ZeroDivisionError as e:
        yield "handled " + str(e)


print(list(handled_inside()))


def resumes_after_return():
    g = counter(2)
    print(list(g))
    for v in g:
        print("never", v)
    print("exhausted generator loops zero times")


resumes_after_return()


def generator_with_locals(x):
    y = x * 2
    yield sys._getframe().f_locals["y"]
    yield sorted(sys._getframe().f_locals)


for v in generator_with_locals(4):
    print("locals", v)
