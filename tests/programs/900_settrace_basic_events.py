# sys.settrace: call/line/return/exception events, local trace functions, generators, comprehensions
import sys

def show(frame, event, arg):
    if event == 'exception':
        arg = (arg[0].__name__, str(arg[1]), type(arg[2]).__name__)
    elif event not in ('return',):
        arg = None
    print(f"{event:9} {frame.f_code.co_name:10} {frame.f_lineno - BASE:3} {arg!r}")
    return show

BASE = sys._getframe().f_lineno

def loop(n):
    total = 0
    for i in range(n):
        total += i
    while n > 0:
        n -= 1
    return total

def gen():
    yield 1
    x = yield 2
    return x

def catcher():
    try:
        raise ValueError("bad")
    except ValueError as e:
        msg = str(e)
    finally:
        msg += "!"
    return msg

def raiser(n):
    if n == 0:
        raise KeyError(n)
    return raiser(n - 1)

def comp():
    return [i * 2 for i in range(2)], sum(x for x in (1, 2))

def oneliner(): return 42

sys.settrace(show)
loop(2)
list(gen())
g = gen(); next(g); next(g)
try:
    g.send(7)
except StopIteration as e:
    print("stop", e.value)
catcher()
try:
    raiser(1)
except KeyError:
    pass
comp()
oneliner()
(lambda: 3)()
sys.settrace(None)
print("gettrace after", sys.gettrace())
