# Frames that escape (sys._getframe, f_back, tracebacks kept after the call) must keep their
# state while the interpreter keeps calling the same functions (which recycles frames that
# did not escape).
import sys

def grab(n):
    x = n * 10
    if n == 0:
        return sys._getframe()
    return grab(n - 1)

fr = grab(3)
for k in range(5):
    grab(2)  # more calls of the same code after the frames escaped
chain = []
f = fr
while f is not None and f.f_code.co_name == "grab":
    chain.append((f.f_locals["n"], f.f_locals["x"], f.f_lineno))
    f = f.f_back
print(chain)

def keep_tb(n):
    if n == 0:
        raise ValueError(n)
    y = n + 100
    return keep_tb(n - 1)

saved = None
try:
    keep_tb(4)
except ValueError as e:
    saved = e
for k in range(10):
    try:
        keep_tb(3)
    except ValueError:
        pass
tb = saved.__traceback__
seen = []
while tb is not None:
    fl = tb.tb_frame.f_locals
    if tb.tb_frame.f_code.co_name == "keep_tb":
        seen.append((fl["n"], fl.get("y"), tb.tb_lineno))
    tb = tb.tb_next
print(seen)

def caller_name():
    return sys._getframe(1).f_code.co_name
def a():
    return caller_name()
def b():
    return a() + "/" + caller_name()
print(b())

def depth_of_stack():
    d = 0
    f = sys._getframe()
    while f is not None:
        d += 1
        f = f.f_back
    return d
def nest(n):
    return depth_of_stack() if n == 0 else nest(n - 1)
base = depth_of_stack()
# (not in a loop: with the JIT at threshold 1 an inlined call shows the trace's root frame as the
# caller of residual code, a known limit of Jit/PyJit.Inline.cs)
print(nest(0) - base, nest(1) - base, nest(4) - base)

# f_locals of a live frame in recursion
def show(n):
    if n == 0:
        return [sys._getframe(i).f_locals.get("n") for i in range(4)]
    return show(n - 1)
print(show(3))

# a bound method's frame, self in the first local
class K:
    def m(self, v):
        return sys._getframe().f_locals
    def rec(self, n):
        return n if n == 0 else self.rec(n - 1) + 1
k = K()
loc = k.m(5)
print(sorted(loc), loc["v"], loc["self"] is k, k.rec(50))
