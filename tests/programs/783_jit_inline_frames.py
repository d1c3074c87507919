# Inlined calls: callees reading their own module's globals, generators calling inlined functions,
# alternating branches inside callees (bridges from inlined frames), line numbers seen by callers.
import sys
import types

mod = types.ModuleType("other")
exec("K = 1000\ndef get(x):\n    return x + K\ndef setk(v):\n    global K\n    K = v\n", mod.__dict__)
K = 5

def local_get(x):
    return x + K

def run_modules():
    s = 0
    for i in range(3000):
        s += mod.get(i) + local_get(i)
        if i == 2000:
            mod.setk(7)
    print(s)

def sign(x):
    if x & 1:
        return -1
    return 1

def classify(x):
    if x % 3 == 0:
        return sign(x) * 3
    elif x % 3 == 1:
        return sign(x) * 5
    return 0

def run_branches():
    s = 0
    for i in range(5000):
        s += classify(i)
    print(s)

def square(x):
    return x * x

def gen(n):
    for i in range(n):
        yield square(i) + square(i + 1)

def run_gen():
    print(sum(gen(3000)))

def caller_line():
    return sys._getframe(1).f_lineno

def helper(x):
    return x + 1

def run_lines():
    lines = set()
    for i in range(2000):
        helper(i)
        lines.add(caller_line() - run_lines.__code__.co_firstlineno)
    print(sorted(lines))

def guarded(x):
    try:
        return 10 // x
    except ZeroDivisionError:
        return -1

def wraps(x):
    return guarded(x) + 1

def run_try_inside():
    s = 0
    for i in range(-1000, 1000):
        s += wraps(i % 50)
    print(s)

def kw(a, b=2, *, c=3):
    return a + b + c

def star(*args):
    return len(args)

def run_not_inlined():
    s = 0
    for i in range(2000):
        s += kw(i, c=1) + kw(i) + star(i, i) + kw(b=1, a=i)
    print(s)

class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, k):
        self.n = self.n + k
        return self.n

def run_state():
    c = Counter()
    t = 0
    for i in range(4000):
        t += c.bump(i % 4)
        if i == 3000:
            c.n = 1.5
    print(t, c.n)

def rec_depth(n):
    return 0 if n == 0 else 1 + rec_depth(n - 1)

def run_recursion_limit():
    s = 0
    for i in range(1500):
        s += rec_depth(i % 40)
    print(s)
    try:
        rec_depth(100000)
    except RecursionError:
        print("RecursionError")

run_modules()
run_branches()
run_gen()
run_lines()
run_try_inside()
run_not_inlined()
run_state()
run_recursion_limit()
