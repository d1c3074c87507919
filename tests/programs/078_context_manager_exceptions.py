class Tracker:
    def __init__(self, tag, suppress=False, raise_in_exit=None):
        self.tag, self.suppress, self.raise_in_exit = tag, suppress, raise_in_exit
    def __enter__(self):
        print("enter", self.tag)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.tag, repr(ev), tb is not None)
        if self.raise_in_exit:
            raise self.raise_in_exit
        return self.suppress
try:
    with Tracker("outer"), Tracker("inner", raise_in_exit=KeyError("from exit")):
        raise ValueError("body")
except KeyError as e:
    print("got", repr(e), "context", repr(e.__context__))
with Tracker("suppressor", suppress=True):
    with Tracker("plain"):
        1 / 0
print("continued")
class EnterFails:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("never called")
try:
    with Tracker("first"), EnterFails():
        print("not reached")
except RuntimeError as e:
    print("caught", e)
def gen_cm():
    with Tracker("in generator"):
        yield 1
        yield 2
g = gen_cm()
print(next(g))
g.close()
print("closed")
class TruthyExit:
    def __enter__(self): return self
    def __exit__(self, *a): return "yes"
with TruthyExit():
    raise TypeError
print("swallowed by truthy return")
