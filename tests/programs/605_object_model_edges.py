# Object-model corner cases found by CPython's test_descr/test_class/test_exceptions/test_list:
# recursion that has no Python frame, context cycles, sequence repeat limits, __flags__, slots
# mangling, classmethod/staticmethod attribute copies, property messages, code.replace and
# async comprehensions.
import sys
import types


class A:
    pass


A.__call__ = A()
try:
    A()()
except RecursionError as e:
    print("RecursionError", e)


class Foo:
    pass


Foo.__repr__ = Foo.__str__
for f in (str, repr):
    try:
        f(Foo())
    except RecursionError:
        print("RecursionError from", f.__name__)


class X:
    @property
    def __bases__(self):
        return (self, self, self)


try:
    issubclass(X(), int)
except RecursionError:
    print("RecursionError in issubclass")


def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    cycle()
except Exception as e:
    print(type(e).__name__, type(e.__context__).__name__, e.__context__.__context__ is e.__context__)

n = (sys.maxsize * 2 + 2) // 4
for label, make in (("list", lambda: [4, 5, 6, 7] * n), ("tuple", lambda: (1, 2) * n),
                    ("str", lambda: "ab" * n), ("bytes", lambda: b"ab" * n),
                    ("bytearray", lambda: bytearray(b"ab") * n)):
    try:
        make()
    except (MemoryError, OverflowError) as e:
        print(label, type(e).__name__, e)
lst = [1, 2]
try:
    lst *= n
except MemoryError:
    print("list *= MemoryError", lst)
print([0] * 3 + [1.5] * 2, (7,) * 3, "ab" * 3, [[]] * 2)
big = [1, 2, 3] * 1000
print(len(big), big[2997:], sum(big))
lst = [1, "a"]
lst *= 3
print(lst)


class C:
    __slots__ = ["__a", "b"]

    def __init__(self):
        self.__a = 1
        self.b = 2


c = C()
print(c._C__a, sorted(k for k in C.__dict__ if not k.startswith("__")))
try:
    class Bad:
        __slots__ = ["x"]
        x = 1
except ValueError as e:
    print("ValueError", e)

print(bool(C.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 9)), bool(int.__flags__ & (1 << 24)),
      bool(list.__flags__ & (1 << 5)), bool(dict.__flags__ & (1 << 6)), bool(type.__flags__ & (1 << 31)))


def g(x):
    "g docs"


print(classmethod(g).__dict__ == {"__module__": "__main__", "__name__": "g", "__qualname__": "g",
                                  "__doc__": "g docs", "__annotations__": {}})
print(sorted(staticmethod(len).__dict__))


class D:
    pass


d = D()
d.x = 1
del d.__dict__
print(d.__dict__)


class E:
    @classmethod
    def __new__(cls, *args):
        return ("new via classmethod", cls.__name__, args)


print(E(1, 2))


class Outer:
    class P:
        ro = property(lambda self: 1)


Outer.P.unnamed = property()
for action in ("get", "set", "del"):
    for attr in ("ro", "unnamed"):
        try:
            if action == "get":
                getattr(Outer.P(), attr)
                continue
            if action == "set":
                setattr(Outer.P(), attr, 1)
            else:
                delattr(Outer.P(), attr)
        except AttributeError as e:
            print(action, attr, e)


@types.coroutine
def gen_coro():
    yield 1
    return "done"


print(bool(gen_coro.__code__.co_flags & 0x100))


def h():
    return 1


h2 = h.__code__.replace(co_name="renamed", co_qualname="Q.renamed")
print(h2.co_name, h2.co_qualname, h.__code__.co_name)
h.__code__ = h2
print(h())
try:
    h.__code__.replace(1)
except TypeError as e:
    print("TypeError", e)
try:
    h.__code__.replace(co_bogus=1)
except TypeError as e:
    print("TypeError", e)


def run(coro):
    out = []
    while True:
        try:
            out.append(coro.send(None))
        except StopIteration as ex:
            return out, ex.value


async def agen(it):
    for i in it:
        yield i


async def comps():
    a = [i + 1 async for i in agen([10, 20])]
    b = {i async for i in agen([3, 3, 4])}
    c = {i: i * 2 async for i in agen([1, 2])}
    d = [x async for x in (i * 3 async for i in agen([1, 2]))]
    e = []
    async for i in agen("xy"):
        e.append(i)
    return a, b, c, d, e


print(run(comps()))


def gen_exc():
    try:
        yield
    except Exception as exc:
        print("in handler", sys.exc_info()[0].__name__, exc.__context__)
        yield
        print("after resume", sys.exc_info()[0].__name__)
        yield
        raise


gx = gen_exc()
next(gx)
try:
    raise ValueError()
except Exception as exc:
    gx.throw(exc)
print("caller", sys.exc_info()[0])
next(gx)
try:
    next(gx)
except ValueError:
    print("re-raised from the generator")


def inner():
    yield


def outer():
    try:
        raise KeyError("a")
    except Exception:
        yield from inner()


go = outer()
go.send(None)
try:
    go.throw(ValueError)
except ValueError as e:
    print("context", repr(e.__context__))


class NotAnException(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


def boring():
    yield


try:
    boring().throw(NotAnException)
except TypeError as e:
    print("TypeError", str(e).split(" should")[1])
lam = lambda: (yield 1)
lg = lam()
next(lg)
try:
    lg.send("sent")
except StopIteration as e:
    print("lambda generator returned", e.value)


class TupleWithInit(tuple):
    def __init__(self, arg, extra=None):
        self.extra = extra


class PlainTuple(tuple):
    pass


print(list(TupleWithInit([1, 2], extra=3)), TupleWithInit([1], extra=3).extra)
try:
    PlainTuple(sequence=())
except TypeError as e:
    print("TypeError", e)

import warnings

warning_source = """
x = 1
if x is 1: pass
if x is not (): pass
assert (x, 'msg')
y = (1, 2)(3)
z = [1, 2][3, 4]
w = 5[0]
v = "abc"["a"]
ok = x is None or x is True or x is ... or [1][0] or "s"[1:2]
"""
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    compile(warning_source, "<t>", "exec")
for w in caught:
    print(w.category.__name__, w.lineno, w.message)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("x = 1\nx is 2\n", "<e>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset, e.end_offset)

import gc
import threading
import weakref


def run_thread():
    t = threading.Thread(target=lambda: None)
    t.start()
    t.join()
    return weakref.ref(t)


ref = run_thread()
gc.collect()
print("finished thread collected:", ref() is None, len(threading._dangling))
a = [object() for _ in range(20000)]
print("ids unique:", len(set(map(id, a))) == len(a), hex(id(a[0])) in repr(a[0]))

import os
import signal

got = []
previous = signal.signal(signal.SIGUSR1, lambda signum, frame: got.append(signum))
os.kill(os.getpid(), signal.SIGUSR1)
print("handler ran before the next statement:", got == [signal.SIGUSR1])
signal.signal(signal.SIGUSR1, previous)
# as from a terminal, whatever the launcher did with SIGINT (a background job ignores it)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    os.kill(os.getpid(), signal.SIGINT)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt right after kill")
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(2)
print(sys.get_coroutine_origin_tracking_depth())
sys.set_coroutine_origin_tracking_depth(0)
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError", e)

m = types.ModuleType("q")


def module_getattr(name):
    raise AttributeError(f"custom {name}")


m.__getattr__ = module_getattr
try:
    m.y
except AttributeError as e:
    print("module __getattr__:", e)
print(hasattr(m, "z"), getattr(m, "z", 5))
bare = types.ModuleType.__new__(types.ModuleType)
try:
    bare.x
except AttributeError as e:
    print(e)
print(dir(bare), sorted(dir(types.ModuleType("d", "doc"))))
ann = types.ModuleType("ann")
print(ann.__annotations__, "__annotations__" in ann.__dict__)
del ann.__annotations__
try:
    del ann.__annotations__
except AttributeError as e:
    print("AttributeError", e)
import tempfile
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, "circ_a.py"), "w") as f:
        f.write("import circ_b\nVALUE = 1\n")
    with open(os.path.join(tmp, "circ_b.py"), "w") as f:
        f.write("import circ_a\ntry:\n    circ_a.VALUE\nexcept AttributeError as e:\n    print(e)\n")
    sys.path.insert(0, tmp)
    import circ_a
    sys.path.remove(tmp)
