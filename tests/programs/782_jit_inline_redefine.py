# Callees redefined mid-loop, __code__ swapped, defaults changed, recursion, frames inspected in callees.
import sys

def f(x):
    return x + 1

def g_code(x):
    return x * 100

def run_redefine():
    global f
    total = 0
    for i in range(3000):
        total += f(i)
        if i == 1500:
            def f(x):
                return x - 1
    print(total)

def h(x):
    return x + 2

def run_code_swap():
    total = 0
    for i in range(3000):
        total += h(i)
        if i == 2000:
            h.__code__ = g_code.__code__
    print(total)

def dflt(x, k=10):
    return x + k

def run_defaults():
    total = 0
    for i in range(3000):
        total += dflt(i)
        if i == 1000:
            dflt.__defaults__ = (1000,)
        if i == 2000:
            total += dflt(i, 5)
    print(total)

def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)

def run_fib():
    s = 0
    for i in range(1200):
        s += fib(i % 15)
    print(s)

def whoami(x):
    return sys._getframe().f_code.co_name, sys._getframe(1).f_code.co_name, x

def loc(a, b):
    c = a + b
    return sorted(locals().items())

def run_frames():
    r = None
    for i in range(2000):
        r = whoami(i)
        l = loc(i, 1)
    print(r, l)

class A:
    def m(self, x):
        return x + 1

class B(A):
    def m(self, x):
        return x + 2

def run_poly():
    objs = [A(), A(), A(), B()]
    s = 0
    for i in range(3000):
        s += objs[(i // 1000) % 4 if i < 2500 else 3].m(i)
    print(s)

def patched(x):
    return x

def run_patch_method():
    a = A()
    s = 0
    for i in range(3000):
        s += a.m(i)
        if i == 1700:
            A.m = lambda self, x: x * 3
    print(s)

run_redefine()
run_code_swap()
run_defaults()
run_fib()
run_frames()
run_poly()
run_patch_method()
