# __reduce__/__setstate__ of every itertools iterator, fresh, running and exhausted, plus copy/deepcopy/pickle
# round trips (CPython 3.11 semantics).
import copy
import operator
import pickle
from itertools import (accumulate, chain, combinations, combinations_with_replacement, compress, count, cycle,
                       dropwhile, filterfalse, groupby, islice, pairwise, permutations, product, repeat, starmap,
                       takewhile, tee, zip_longest)


def show(o):
    if o is None or isinstance(o, (int, float, str, bytes)):
        return repr(o)
    if isinstance(o, tuple):
        return "(" + ", ".join(show(x) for x in o) + ("," if len(o) == 1 else "") + ")"
    if isinstance(o, list):
        return "[" + ", ".join(show(x) for x in o) + "]"
    if isinstance(o, type):
        return o.__module__ + "." + o.__qualname__
    if o is iter:
        return "iter"
    return "<" + type(o).__name__ + ">"


def take(it, n):
    out = []
    for x in islice(it, n):
        if type(x) is tuple and len(x) == 2 and type(x[1]).__name__ == "_grouper":
            x = (x[0], list(x[1]))
        out.append(x)
    return out


def second(a, b):
    return b


def below3(x):
    return x < 3


def parity(x):
    return x % 2


def states(name, make, steps=(0, 1, 2, 100)):
    for n in steps:
        it = make()
        got = take(it, n)
        try:
            red = it.__reduce__()
        except Exception as e:
            print(name, n, "reduce", type(e).__name__, e)
            continue
        print(name, n, got, show(red))
        for label, dup in (("copy", copy.copy), ("deepcopy", copy.deepcopy),
                           ("pickle", lambda x: pickle.loads(pickle.dumps(x)))):
            try:
                it2 = make()
                take(it2, n)
                d = dup(it2)
                print("  ", label, take(d, 8), take(it2, 8))
            except Exception as e:
                print("  ", label, type(e).__name__, e)


states("accumulate", lambda: accumulate([1, 2, 3, 4]))
states("accumulate-func", lambda: accumulate([3, 1, 4, 1, 5], max))
states("accumulate-initial", lambda: accumulate([1, 2, 3], initial=10))
states("accumulate-none-total", lambda: accumulate([None, 1, 2], second))
states("chain", lambda: chain("ab", [], "cde"))
states("chain-from", lambda: chain.from_iterable(["xy", "z"]))
states("combinations", lambda: combinations("abcd", 2))
states("combinations-r0", lambda: combinations("abc", 0))
states("combinations-big-r", lambda: combinations("ab", 3))
states("cwr", lambda: combinations_with_replacement("abc", 2))
states("compress", lambda: compress("abcdef", [1, 0, 1, 0, 1, 1]))
states("count", lambda: count())
states("count-start", lambda: count(5))
states("count-step", lambda: count(3, 2))
states("count-float", lambda: count(1.0, 0.5))
states("count-big", lambda: count(2 ** 64))
states("count-bool", lambda: count(True))
states("cycle", lambda: cycle("abc"), (0, 1, 3, 4, 7))
states("cycle-empty", lambda: cycle([]))
states("dropwhile", lambda: dropwhile(below3, [1, 2, 3, 4, 1]))
states("takewhile", lambda: takewhile(below3, [1, 2, 3, 4, 1]))
states("filterfalse", lambda: filterfalse(None, [0, 1, 0, 2]))
states("groupby", lambda: groupby(["a", "a", "b", "b", "b", "c"]))
states("groupby-key", lambda: groupby([1, 3, 2, 4, 5], parity))
states("islice", lambda: islice("abcdefgh", 1, 7, 2))
states("islice-stop", lambda: islice(range(10), 4))
states("islice-none", lambda: islice(count(), 2, None))
states("permutations", lambda: permutations("abc"))
states("permutations-r", lambda: permutations(range(4), 2))
states("product", lambda: product("ab", range(3)))
states("product-repeat", lambda: product([0, 1], repeat=2))
states("product-empty", lambda: product("ab", []))
states("repeat", lambda: repeat("x", 3))
states("repeat-forever", lambda: repeat("x"))
states("starmap", lambda: starmap(operator.pow, [(2, 3), (3, 2), (10, 0)]))
states("tee", lambda: tee("abcd")[0])
states("zip_longest", lambda: zip_longest("abc", [1], fillvalue="-"))
states("zip_longest-plain", lambda: zip_longest("ab", "xyz"))
states("pairwise", lambda: pairwise("abc"))

# a long tee crosses links of the shared buffer
a, b = tee(range(200))
take(a, 130)
print(take(copy.deepcopy(a), 3), take(pickle.loads(pickle.dumps(a)), 3), take(b, 2))
data = a.__reduce__()[2][0]
print(show(data.__reduce__())[:60])

# groupby with its grouper, pickled together and apart
g = groupby(list("aaabbc"))
k, grp = next(g)
next(grp)
g2, grp2 = pickle.loads(pickle.dumps((g, grp)))
print(k, list(grp2), [(kk, list(gg)) for kk, gg in g2])
print(show(grp.__reduce__()))
next(g)
print(show(grp.__reduce__()), list(grp))

# __setstate__ validation
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

for bad in [1, (), ([], 1, 2), (1, 1), ([], "x")]:
    attempt("cycle", lambda: cycle([1]).__setstate__(bad))
for bad in [1, (), (1, 2, 3), (1,), (iter([]), 1)]:
    attempt("chain", lambda: chain([1]).__setstate__(bad))
for bad in [1, (1,), ((), ()), ((0,), "x"), ((0,), ())]:
    attempt("permutations", lambda: permutations([1]).__setstate__(bad))
for bad in [1, (1,), ("a",), (1, 2)]:
    attempt("product", lambda: product([1]).__setstate__(bad))
for bad in [1, (1,), ("a",), (1, 2)]:
    attempt("combinations", lambda: combinations([1, 2], 1).__setstate__(bad))
    attempt("cwr", lambda: combinations_with_replacement([1, 2], 1).__setstate__(bad))
for bad in [1, (1,), (1, 2, 3, 4)]:
    attempt("groupby", lambda: groupby([1]).__setstate__(bad))
attempt("islice", lambda: islice([1], 2).__setstate__("a"))
attempt("islice", lambda: islice([1], 2).__setstate__(2 ** 80))
t = tee([1])[0]
link = t.__reduce__()[2][0]
for bad in [1, (1,), (1, 2), (link, 58), (link, -1), (link, "a")]:
    attempt("tee", lambda: t.__setstate__(bad))
dataobject = type(link)
for args in [(iter([]), (), None), (iter([]), [1], 5), (iter([]), [1] * 57, 5), (iter([]), [1] * 58, None), (1,)]:
    attempt("dataobject", lambda: dataobject(*args))
attempt("dataobject-ok", lambda: list(tee([])[0].__class__((), ) ))

# setstate clamps indices
p = product("abc", "xy")
p.__setstate__((5, -3))
print(take(p, 5))
c = combinations("abcde", 3)
c.__setstate__((1, 9, 9))
print(take(c, 5))
c = combinations_with_replacement("abc", 2)
c.__setstate__((-1, 7))
print(take(c, 5))
pm = permutations("abc", 2)
pm.__setstate__(((2, 0, 1), (9, 0)))
print(take(pm, 5))
cy = cycle("ab")
cy.__setstate__((["q", "r", "s"], True))
print(take(cy, 7))
acc = accumulate([1, 2, 3])
acc.__setstate__(100)
print(list(acc))
dw = dropwhile(lambda x: x < 5, [1, 2, 9, 1])
dw.__setstate__(1)
print(list(dw))
tw = takewhile(lambda x: x < 5, [1, 2, 9, 1])
tw.__setstate__("yes")
print(list(tw))
z = zip_longest("ab", "c")
z.__setstate__("*")
print(list(z))
isl = islice(range(10), 2, 8)
isl.__setstate__(5)
print(list(isl))

# reprs and errors around count and repeat
print(repr(count(1.0, 0.5)), repr(count(2 ** 64)), repr(count(3, 1)), repr(count(1.5, True)), repr(count(0, 1.0)))
print(repr(repeat("a", 2)), repr(repeat(None)), repr(repeat(1, -5)))
attempt("len", lambda: len(repeat(1)))
attempt("length_hint", lambda: repeat(1).__length_hint__())
print(repeat(1, 4).__length_hint__())


# keyword arguments through a subclass's __init__
def isodd(x):
    return x % 2 == 1

cases = [
    (filterfalse, (None, [0, 1]), [0]),
    (chain, ([1, 2], [3, 4]), [1, 2, 3]),
    (starmap, (operator.pow, ((2, 3), (3, 2))), [8, 9]),
    (islice, ([1, 2, 3, 4], 1, 3), [2, 3]),
    (takewhile, (isodd, [1, 3, 2, 3]), [1, 3]),
    (dropwhile, (isodd, [1, 3, 2, 3]), [2, 3]),
    (cycle, ([1, 2],), [1, 2, 1]),
    (pairwise, ([1, 2, 3],), [(1, 2), (2, 3)]),
]
for cls, args, result in cases:
    class WithInit(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg

    u = WithInit(*args, newarg=3)
    print(cls.__name__, type(u) is WithInit, take(u, 3) == result, u.newarg)

    class Plain(cls):
        pass

    attempt(cls.__name__ + "-kw", lambda: Plain(*args, newarg=3))
    attempt(cls.__name__ + "-kw-base", lambda: cls(*args, newarg=3))
