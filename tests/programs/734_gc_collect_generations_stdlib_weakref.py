# gc.collect() collects unreachable cycles and runs their weakref callbacks; gc.collect(0)
# and (1) are accepted (they may or may not collect old objects, as in CPython).
import gc
import weakref

class Node:
    pass

log = []
def make_cycle(tag):
    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a, lambda r: log.append(tag))

r = make_cycle("cycle")
gc.collect()
print(r() is None, log)

# a callback that releases another object with a callback: both run within one collect()
log.clear()
holder = Node()
inner = Node()
holder.keep = inner
w_inner = weakref.ref(inner, lambda r: log.append("inner"))
del inner
def release(r):
    log.append("outer")
    del holder.keep
outer = Node()
w_outer = weakref.ref(outer, release)
del outer
gc.collect()
print(sorted(log), w_inner() is None, w_outer() is None)

# WeakValueDictionary entries disappear after collection
d = weakref.WeakValueDictionary()
keep = []
for i in range(10):
    n = Node()
    d[i] = n
    if i % 2 == 0:
        keep.append(n)
del n
gc.collect()
print(sorted(d.keys()))

for g in (0, 1, 2):
    print(g, type(gc.collect(g)).__name__)
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError:", e)
