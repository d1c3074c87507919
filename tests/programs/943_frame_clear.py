# frame.clear(): locals dropped, generators closed, executing frames refused
import sys


def inner(x=5, **kwargs):
    y = x * 2
    1 / 0


def outer(**kwargs):
    try:
        inner(**kwargs)
    except ZeroDivisionError as e:
        return e


exc = outer(c='kept')
frames = []
tb = exc.__traceback__
while tb is not None:
    frames.append(tb.tb_frame)
    tb = tb.tb_next
for f in frames:
    print(f.f_code.co_name, sorted(f.f_locals))
for f in frames:
    print(f.clear())
for f in frames:
    print(f.f_code.co_name, f.f_locals, f.f_code is not None, f.f_globals is globals())

# an executing frame cannot be cleared, nor its caller
try:
    sys._getframe().clear()
except RuntimeError as e:
    print('RuntimeError:', e)


def caller_clear():
    try:
        sys._getframe(1).clear()
    except RuntimeError as e:
        print('caller RuntimeError:', e)


caller_clear()

# a suspended generator's frame: clear() closes the generator
log = []


def gen():
    try:
        yield 1
        log.append('not reached')
    finally:
        log.append('finally ran')


g = gen()
next(g)
f = g.gi_frame
f.clear()
print(log, g.gi_frame, list(g))


# a running generator's frame cannot be cleared
def gen2():
    f = sys._getframe()
    try:
        f.clear()
    except RuntimeError as e:
        log.append(str(e))
    yield f


g2 = gen2()
fr = next(g2)
print(log[-1])
fr.clear()
print(g2.gi_frame, list(g2))

# a generator that never started
g3 = gen()
g3.gi_frame.clear()
print(list(g3), log)
