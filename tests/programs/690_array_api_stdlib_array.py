# array.array: its own iterator (live, exhausted stays exhausted, pickles by position), index with
# bounds, tofile/fromfile, construction from another kind of array, subclasses taking keywords,
# slice assignment type checks, in-place repeat errors, MutableSequence registration; deleting an
# empty extended slice removes nothing (list, bytearray, array).
import array
import collections.abc
import io
import pickle

a = array.array('b', [1, 2, 3])
ex, em = iter(a), iter(a)
for x in ex:
    next(em)
a.append(4)
print(list(ex), list(em), type(ex).__name__)
it = iter(a)
next(it)
print(it.__reduce__()[1:], pickle.loads(pickle.dumps(it)).__reduce__()[1:])
it.__setstate__(99)
print(list(it), list(pickle.loads(pickle.dumps(it))))
it = iter(a)
it.__setstate__(-3)
print(list(it))

b = array.array('i', [5, 6, 5, 7, 5])
print(b.index(5), b.index(5, 1), b.index(5, -2), b.index(7, 0, 4))
for args in [(8,), (5, 1, 2), (5, "x")]:
    try:
        b.index(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

f = io.BytesIO()
array.array('h', [1, -2, 300]).tofile(f)
print(f.getvalue())
f.seek(0)
c = array.array('h')
c.fromfile(f, 2)
print(c)
try:
    c.fromfile(f, 5)
except EOFError as e:
    print("EOFError", e, c)
for bad in [(-1,), ("x",)]:
    try:
        c.fromfile(io.BytesIO(b""), *bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class NotBytes:
    def read(self, n):
        return "text"


try:
    c.fromfile(NotBytes(), 1)
except TypeError as e:
    print("TypeError", e)

print(array.array('d', array.array('b', [1, -1])), array.array('b', array.array('b', [4])))


class Sub(array.array):
    def __init__(self, typecode, initial=(), newarg=None):
        self.newarg = newarg


s = Sub('b', [1], newarg=3)
print(s, s.newarg, isinstance(s, collections.abc.MutableSequence), issubclass(array.array, collections.abc.Sequence))
try:
    array.array('b', newarg=1)
except TypeError as e:
    print("TypeError", e)

d = array.array('b', [1, 2, 3])
for value in [array.array('h', [1]), None, [1]]:
    try:
        d[0:1] = value
    except TypeError as e:
        print("TypeError", e)
try:
    d *= "x"
except TypeError as e:
    print("TypeError", e)
d *= 2
print(d)

for mk in (list, bytearray, lambda x: array.array('b', x)):
    out = []
    for sl in [slice(0, 1, -1), slice(0, 3, -1), slice(3, 0, -1), slice(None, None, -2), slice(5, 9), slice(2, 0, 1), slice(-100, 100, 3)]:
        x = mk([1, 2, 3, 4, 5])
        del x[sl]
        out.append(list(x))
    print(out)
