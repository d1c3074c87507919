# A hot loop (compiled by a tracing JIT) must not keep the objects of its last iteration alive
# after the function returns.
import gc
import weakref


class Obj:
    pass


def hot():
    o = None
    total = 0
    for i in range(5000):
        o = Obj()
        total += i
    return weakref.ref(o), total


r, total = hot()
gc.collect()
print(total, r() is None)


def hot_nested():
    refs = []
    for j in range(3):
        last = None
        for i in range(3000):
            last = Obj()
        refs.append(weakref.ref(last))
    return refs


refs = hot_nested()
gc.collect()
print([x() is None for x in refs])
