# EAFP error paths the interpreter reports without a .NET throw: messages, args, __context__,
# traceback lines and sys.exc_info() must be CPython's.
import sys
import traceback


def tb_lines(e):
    return [(fs.name, fs.lineno, fs.line) for fs in traceback.extract_tb(e.__traceback__)]


def dict_miss(d, k):
    return d[k]


def list_miss(l, i):
    return l[i]


class Obj:
    def __init__(self, i):
        if i % 2:
            self.extra = i

    def method(self):
        return 1


def attr_miss(o):
    return o.extra


def method_miss(o):
    return o.nomethod()


def parse(s):
    return int(s)


def parse_float(s):
    return float(s)


for fn, args in [
    (dict_miss, ({1: 2}, 3)),
    (dict_miss, ({}, (1, 2))),
    (dict_miss, ({}, "k")),
    (list_miss, ([1, 2, 3], 3)),
    (list_miss, ([1, 2, 3], -4)),
    (list_miss, ([], 0)),
    (attr_miss, (Obj(0),)),
    (method_miss, (Obj(1),)),
    (attr_miss, (Obj,)),
    (attr_miss, (sys,)),
    (parse, ("x7",)),
    (parse, ("",)),
    (parse, (" 4.5 ",)),
    (parse, ("1" * 5000,)),
    (parse_float, ("abc",)),
    (parse_float, ("",)),
]:
    try:
        r = fn(*args)
        print(fn.__name__, "ok", r if not isinstance(r, int) or r < 10**20 else "big")
    except Exception as e:
        print(fn.__name__, type(e).__name__, repr(e)[:120], e.args[:1] if len(repr(e.args)) < 80 else "...")
        print("  tb", tb_lines(e))
        print("  context", repr(e.__context__), "cause", repr(e.__cause__))
        if isinstance(e, AttributeError):
            print("  name", e.name, "obj is arg", e.obj is args[0])

# the good paths still work
print(int("12"), int(" -4 "), float("4.5"), float(" 1e3 "), int("1_000"))
print(dict_miss({1: 2}, 1), list_miss([1, 2, 3], -1), attr_miss(Obj(3)))


# raised while handling another exception: implicit chaining, exc_info inside handlers
def chained():
    try:
        {}["a"]
    except KeyError:
        print("exc_info", sys.exc_info()[0].__name__, repr(sys.exc_info()[1]))
        [][0]


try:
    chained()
except IndexError as e:
    print("chained", repr(e), "context", repr(e.__context__), e.__suppress_context__)
    print("  tb", tb_lines(e))
    print("  context tb", tb_lines(e.__context__))
print("exc_info after", sys.exc_info())


def reraise_from():
    try:
        Obj(0).extra
    except AttributeError as e:
        raise LookupError("wrapped") from e


try:
    reraise_from()
except LookupError as e:
    print("from", repr(e), repr(e.__cause__), e.__suppress_context__, tb_lines(e.__cause__))


# hot loops (the JIT traces them at low thresholds): same counts as CPython
table = {i: i * i for i in range(0, 300, 3)}
tokens = ["12", "x7", "300", "", "-4", "4.5", "99"]
objs = [Obj(i) for i in range(16)]
short = [1, 2, 3]
found = missing = parsed = bad = attr = idx = 0
for i in range(3000):
    try:
        found += table[i % 300]
    except KeyError as e:
        missing += e.args[0] & 1
    try:
        parsed += int(tokens[i % 7])
    except ValueError:
        bad += 1
    try:
        attr += objs[i % 16].extra
    except AttributeError as e:
        attr -= len(e.name)
    try:
        idx += short[i % 5]
    except IndexError as e:
        idx -= len(str(e))
print(found, missing, parsed, bad, attr, idx)
