# Recursion through the interpreter's call path: the limit is exact (RecursionError at the
# same depth as CPython), recovery after it, deep recursion with a raised limit, and
# exceptions unwinding through many frames with their traceback line numbers.
import sys

def depth(n):
    return depth(n + 1) if True else n

def measure():
    count = 0
    def rec():
        nonlocal count
        count += 1
        rec()
    try:
        rec()
    except RecursionError as e:
        print("RecursionError:", e)
    return count

base = sys.getrecursionlimit()
c1 = measure()
c2 = measure()
print("same depth twice:", c1 == c2)
sys.setrecursionlimit(base + 50)
print("limit +50 adds 50:", measure() - c1)
sys.setrecursionlimit(base)

def down(n):
    if n == 0:
        return 0
    return 1 + down(n - 1)

sys.setrecursionlimit(100000)
print(down(30000))
def sum_to(n, acc=0):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)
print(sum_to(20000))
class Node:
    def __init__(self, v, nxt):
        self.v, self.nxt = v, nxt
    def total(self):
        return self.v + (self.nxt.total() if self.nxt is not None else 0)
head = None
for i in range(20000):
    head = Node(i, head)
print(head.total())
sys.setrecursionlimit(base)

# a deep exception unwinding through many frames, caught at the top
def fail_at(n):
    if n == 0:
        raise ValueError("bottom")
    return fail_at(n - 1) + 1
try:
    fail_at(500)
except ValueError as e:
    tb = e.__traceback__
    n = 0
    lines = set()
    while tb is not None:
        n += 1
        lines.add(tb.tb_lineno)
        tb = tb.tb_next
    print("frames in traceback:", n, "lines:", sorted(lines))

# caught midway, then the recursion goes on
def catch_every(n):
    if n == 0:
        raise KeyError(n)
    try:
        return catch_every(n - 1)
    except KeyError as e:
        if n % 100 == 0:
            return ("caught at", n, e.args)
        raise
print(catch_every(350))

# finally blocks run on the way out
log = []
def with_finally(n):
    try:
        if n == 0:
            raise RuntimeError("x")
        return with_finally(n - 1)
    finally:
        log.append(n)
try:
    with_finally(5)
except RuntimeError:
    print("finally order:", log)

# RecursionError in a method, limit restored, recursion works again
class R:
    def go(self, n):
        return self.go(n + 1)
try:
    R().go(0)
except RecursionError as e:
    print("method RecursionError:", e)
print(down(500))

# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(900), is_odd(901), is_even(7))
