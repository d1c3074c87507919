# Generators whose loops yield on most iterations (compiled loops that leave at every yield are
# handed back to the interpreter), consumed by C# (sum, list, map) and by Python loops.
import itertools


def evens(n):
    for i in range(n):
        if i % 2 == 0:
            yield i


def odds_of(it):
    for x in it:
        if x % 4:
            continue
        yield x + 1


print(sum(x for x in range(20000) if x % 2))
print(sum(odds_of(evens(30000))))
print(list(itertools.islice(odds_of(evens(10 ** 9)), 5)))


def windows(it, size):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == size:
            yield tuple(buf)
            del buf[0]


print(sum(w[0] - w[2] for w in windows(map(lambda x: x * x, range(5000)), 3)))


def flatten(nested):
    for item in nested:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


print(sum(flatten([[i, [i + 1, [i + 2]]] for i in range(3000)])))


def averager():
    total = 0.0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            return count
        total += value
        count += 1
        avg = total / count


a = averager()
next(a)
last = None
for v in range(4000):
    last = a.send(v)
print(last)
try:
    a.send(None)
except StopIteration as e:
    print("returned", e.value)


def running():
    g = running_gen()
    yield from g


def running_gen():
    for i in range(3000):
        yield i


r = running()
print(sum(r), r.gi_running, r.gi_frame)


def leaky(n):
    for i in range(n):
        if i == n - 1:
            raise StopIteration("inner")
        yield i


for attempt in range(2):
    try:
        print(sum(leaky(2000)))
    except RuntimeError as e:
        print(type(e).__name__, e, repr(e.__cause__))


def closer():
    try:
        for i in range(10 ** 6):
            yield i
    finally:
        print("closed at", i)


c = closer()
for x in c:
    if x == 2500:
        break
c.close()


def thrower():
    n = 0
    while True:
        try:
            yield n
        except ValueError:
            n += 100
        n += 1


t = thrower()
next(t)
s = 0
for i in range(3000):
    s += t.throw(ValueError) if i % 3 == 0 else next(t)
print(s)
