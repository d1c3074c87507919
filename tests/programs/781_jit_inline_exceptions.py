# Exceptions raised inside inlined callees, caught by the caller or propagated; tracebacks.
import traceback

def div(a, b):
    return a // b

def middle(a, b):
    c = div(a, b)
    return c + 1

def run_caught():
    n = 0
    errs = 0
    for i in range(3000):
        try:
            n += middle(i, (i % 997) - 1 if i > 1500 else 1)
        except ZeroDivisionError as e:
            errs += 1
            last = str(e)
    print(n, errs, last)

def lookup(d, k):
    return d[k]

def run_keyerror():
    d = {i: i * i for i in range(100)}
    total = 0
    missing = 0
    for i in range(2500):
        try:
            total += lookup(d, i % 130)
        except KeyError as e:
            missing += 1
    print(total, missing)

def attr(o):
    return o.value

class Box:
    def __init__(self, v):
        self.value = v

def run_attr():
    items = [Box(i) for i in range(10)] + [object()] + [Box(5)]
    total = 0
    bad = 0
    for k in range(200):
        for it in items:
            try:
                total += attr(it)
            except AttributeError as e:
                bad += 1
                msg = str(e)
    print(total, bad, msg)

def inner_fail(x):
    y = x + 1
    return y // (x - 2500)

def mid_fail(x):
    z = inner_fail(x)
    return z

def run_traceback():
    s = 0
    try:
        for i in range(4000):
            s += mid_fail(i)
    except ZeroDivisionError:
        tb = traceback.format_exc()
        # only the function names and lines matter (file paths differ)
        for line in tb.splitlines():
            line = line.strip()
            if line.startswith("File"):
                print(line.split(", ", 1)[1])
            else:
                print(line)
    print(s)

def raiser(x):
    if x == 1800:
        raise ValueError("bad %d" % x)
    return x

def run_raise():
    s = 0
    for i in range(2000):
        try:
            s += raiser(i)
        except ValueError as e:
            print("caught", e, e.__traceback__.tb_next.tb_frame.f_code.co_name,
                  e.__traceback__.tb_next.tb_lineno - raiser.__code__.co_firstlineno)
    print(s)

run_caught()
run_keyerror()
run_attr()
run_traceback()
run_raise()
