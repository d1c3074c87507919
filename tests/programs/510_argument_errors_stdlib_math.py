# Argument-count and keyword errors of the native modules' functions and methods (CPython's messages).
import math, itertools, _operator, _functools, _heapq, _bisect, _collections, _random, _stat
cases = [
 lambda: math.sqrt(), lambda: math.sqrt(1, 2), lambda: math.pow(1), lambda: math.log(), lambda: math.log(1, 2, 3),
 lambda: math.prod([1], 2), lambda: math.prod(), lambda: math.prod([1], bad=1), lambda: math.isclose(1), lambda: math.isclose(1, 2, 3),
 lambda: math.hypot(x=1), lambda: math.gcd(1.5), lambda: math.ldexp(1.0), lambda: math.fsum(), lambda: math.comb(1),
 lambda: math.perm(), lambda: math.factorial(), lambda: math.dist((1,)), lambda: math.isqrt(), lambda: math.copysign(1),
 lambda: itertools.count(1, 2, 3), lambda: itertools.repeat(), lambda: itertools.cycle(), lambda: itertools.chain.from_iterable(),
 lambda: itertools.islice(), lambda: itertools.accumulate(), lambda: itertools.groupby(), lambda: itertools.tee(),
 lambda: itertools.permutations(), lambda: itertools.product(repeat='x'), lambda: itertools.compress([1]),
 lambda: _operator.add(1), lambda: _operator.not_(), lambda: _operator.length_hint(), lambda: _operator.itemgetter(1)(),
 lambda: _functools.reduce(), lambda: _functools.cmp_to_key(), lambda: _functools.partial(math.copysign, 1)(),
 lambda: _heapq.heappush([]), lambda: _heapq.heappop(), lambda: _bisect.bisect_left(), lambda: _bisect.insort([], 1, key=1, lo=-1),
 lambda: _collections.deque(1, 2, 3), lambda: _collections.deque().append(), lambda: _collections.deque().rotate('x'),
 lambda: _collections.deque().index(), lambda: _collections.deque().insert(1), lambda: _collections.defaultdict(list).__missing__(),
 lambda: _random.Random().getrandbits(), lambda: _random.Random().seed(1, 2), lambda: _random.Random().random(1),
 lambda: _stat.S_ISDIR(), lambda: _stat.filemode(),
 lambda: math.trunc(), lambda: math.floor(1, 2), lambda: math.nextafter(1), lambda: math.ulp(),
]
for i, c in enumerate(cases):
    try:
        r = c()
        print(i, 'ok', repr(r)[:40])
    except Exception as e:
        print(i, type(e).__name__, e)
