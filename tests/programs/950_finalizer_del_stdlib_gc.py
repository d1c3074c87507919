# __del__ of Python classes: run once when the object is collected, exceptions reported as
# unraisable (on sys.stderr), resurrection, __del__ added to a class later, inherited __del__, gc.collect() inside __del__.
import gc
import sys

log = []


class A:
    def __init__(self, name, fail=False):
        self.name = name
        if fail:
            raise ValueError(name)

    def __del__(self):
        log.append("del " + self.name)


def make():
    a = A("local")


make()
gc.collect()
print(log)
log.clear()

try:
    A("failed init", fail=True)
except ValueError as e:
    print("caught", e)
gc.collect()
print(log)
log.clear()


class B(A):
    pass


B("subclass")
gc.collect()
print(log)
log.clear()

saved = []


class R:
    count = 0

    def __del__(self):
        R.count += 1
        saved.append(self)


R()
gc.collect()
print("resurrected", R.count, len(saved))
saved.clear()
gc.collect()
print("finalized once", R.count)


class Late:
    pass


Late.__del__ = lambda self: log.append("late")
Late()
gc.collect()
del Late.__del__
Late()
gc.collect()
print(log)
log.clear()


class Collects:
    n = 0

    def __del__(self):
        Collects.n += 1
        gc.collect()


for i in range(20):
    Collects()
gc.collect()
gc.collect()
print("collects", Collects.n)


class Raises:
    def __del__(self):
        raise KeyError("boom")


# the default unraisable hook writes "Exception ignored in: <function Raises.__del__ at ...>" and the
# traceback to sys.stderr
import io

buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
Raises()
gc.collect()
sys.stderr = old
lines = buf.getvalue().splitlines()
print(lines[0].split(" at ")[0])
print(lines[-1])
print("end")
