# threading.local is _thread._local: one dict per thread, a subclass's __init__ run again in each thread
# with the constructor's arguments, __dict__ read-only, and no leak through a cycle.
import _thread
import gc
import threading
import weakref

print(threading.local is _thread._local)

loc = threading.local()
loc.x = 1
seen = []


def worker(n):
    seen.append((n, hasattr(loc, "x")))
    loc.x = n
    seen.append((n, loc.__dict__))


threads = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
    t.join()
print(seen, loc.x, loc.__dict__)


class Counted(threading.local):
    inits = []
    tag = "class attribute"

    def __init__(self, base, *, step=1):
        self.value = base
        self.step = step
        Counted.inits.append((threading.current_thread().name, base, step))

    @property
    def doubled(self):
        return self.value * 2


c = Counted(10, step=3)
out = []


def use():
    out.append((c.value, c.step, c.doubled, c.tag))
    c.value += 1
    out.append(c.value)


t = threading.Thread(target=use, name="T1")
t.start()
t.join()
print(out, c.value, Counted.inits)

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
try:
    threading.local(a=1)
except TypeError as e:
    print("TypeError:", e)
try:
    loc.__dict__ = {}
except AttributeError as e:
    print("AttributeError:", e)
try:
    del loc.missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    loc.missing
except AttributeError as e:
    print("AttributeError:", e)
del loc.x
print(loc.__dict__)


class Failing(threading.local):
    calls = 0

    def __init__(self):
        Failing.calls += 1
        if threading.current_thread() is not threading.main_thread() and Failing.calls == 2:
            raise ValueError("first init in a thread fails")
        self.ok = True


f = Failing()
results = []


def touch():
    for _ in range(2):
        try:
            results.append(f.ok)
        except ValueError as e:
            results.append(str(e))


t = threading.Thread(target=touch)
t.start()
t.join()
print(results, Failing.calls)


class Holder:
    pass


h = Holder()
h.local = threading.local()
h.local.back = h
ref = weakref.ref(h)
del h
gc.collect()
print(ref() is None)
