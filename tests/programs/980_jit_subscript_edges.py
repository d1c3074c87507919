# Subscripts inside hot loops: list strategies changing under a trace, negative and
# out-of-range indexes, bytearray reads/writes (value range errors), tuple indexing.


def list_strategy_change():
    xs = list(range(50))
    total = 0
    for i in range(3000):
        j = i % 50
        total += xs[j] if isinstance(xs[j], (int, float)) else len(xs[j])
        if i == 1500:
            xs[7] = "seven"          # int -> object strategy inside the loop
        if i == 2200:
            xs[8] = 8.5              # object list gets a float
        xs[j] = xs[j]
    print("strategy", total, xs[7], xs[8], xs[9])


def float_list_store():
    fs = [0.5] * 16
    for i in range(4000):
        k = i % 16
        fs[k] = fs[k] * 1.0001 + 0.25
        if i == 3000:
            fs[3] = 2                # an int into a float list
        if i == 3500:
            fs[4] = float("nan")     # NaN stays boxed
    print("floats", [round(x, 6) if x == x else "nan" for x in fs])


def negative_indexes():
    xs = [i * 3 for i in range(20)]
    t = tuple(range(100, 120))
    s = 0
    for i in range(2500):
        s += xs[-1 - (i % 20)] + t[-1 - (i % 20)] + t[i % 20]
    print("negative", s)


def out_of_range():
    xs = list(range(10))
    hits = 0
    misses = 0
    for i in range(3000):
        try:
            hits += xs[i % 13]
        except IndexError as e:
            misses += 1
            last = str(e)
    print("range", hits, misses, last)
    t = (1, 2, 3)
    try:
        for i in range(2000):
            hits += t[i % 4]
    except IndexError as e:
        print("tuple", hits, i, e)


def bytearray_loops():
    flags = bytearray([1]) * 200
    for p in range(2, 15):
        if flags[p]:
            for m in range(p * p, 200, p):
                flags[m] = 0
    print("primes", [i for i in range(2, 200) if flags[i]][:20], sum(flags))
    b = bytearray(range(256))
    acc = 0
    for i in range(5000):
        acc += b[-(i % 256) - 1]
        b[i % 256] = (b[i % 256] + 1) % 256
    print("bytes", acc, sum(b))
    try:
        for i in range(3000):
            b[i % 256] = i
    except ValueError as e:
        print("value", i, e)
    try:
        for i in range(3000):
            b[i] = 1
    except IndexError as e:
        print("index", i, e)


def subclass_lists():
    class L(list):
        def __getitem__(self, i):
            return list.__getitem__(self, i) * 2
    a = [1, 2, 3]
    total = 0
    for i in range(3000):
        xs = a if i < 2000 else L(a)
        total += xs[i % 3]
    print("subclass", total)


def big_ints_in_list():
    xs = [1, 2, 3, 4]
    for i in range(3000):
        xs[i % 4] = xs[i % 4] * 3 if i < 200 else xs[i % 4] + 1
    print("big", [x % 1000003 for x in xs], xs[0] > 2 ** 63)


list_strategy_change()
float_list_store()
negative_indexes()
out_of_range()
bytearray_loops()
subclass_lists()
big_ints_in_list()
