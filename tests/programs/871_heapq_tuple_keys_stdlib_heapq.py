# heapq over tuples, ints, floats (NaN), strs and user classes: the pops come out in CPython's order,
# equal first items fall back to the next ones, and a __lt__ that mutates the heap is detected.
import heapq
import random

rng = random.Random(871)
h = []
for i in range(2000):
    heapq.heappush(h, (rng.randrange(50), rng.choice("abc"), i))
out = [heapq.heappop(h) for _ in range(len(h))]
print(out[:8], out[-3:], out == sorted(out))

nan = float("nan")
h = [3.0, nan, 1.0, 2.5, nan, -1.0, 0.5]
heapq.heapify(h)
print([repr(x) for x in h])
print([repr(heapq.heappop(h)) for _ in range(len(h))])

h = [(1, nan), (1, 2.0), (0, "z"), (1, nan), (0, "y"), (2,), (1,), ()]
heapq.heapify(h)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])

h = ["pear", "apple", "fig", "€uro", "😀", "Zed", "apple"]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))])

big = [(2 ** 70, "a"), (2 ** 65, "b"), (-(2 ** 80), "c"), (5, "d"), (True, "e"), (1.5, "f")]
heapq.heapify(big)
print([heapq.heappop(big) for _ in range(len(big))])


class Evil:
    def __init__(self, v, heap):
        self.v = v
        self.heap = heap

    def __lt__(self, other):
        self.heap.append(Evil(0, self.heap))
        return self.v < other.v


h = []
for v in (5, 3):
    try:
        heapq.heappush(h, Evil(v, h))
    except RuntimeError as e:
        print("RuntimeError", e)
print(len(h))


class Loud:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        Loud.calls += 1
        return self.v < other.v


h = []
for i in range(200):
    heapq.heappush(h, (i % 7, Loud(rng.random())))
print(Loud.calls)
try:
    heapq.heappush(h, (0, "str"))
    heapq.heappush(h, (0, 1))
except TypeError as e:
    print("TypeError", e)
try:
    heapq.heappush([1, 2], None)
except TypeError as e:
    print("TypeError", e)
print(heapq.nsmallest(5, [(3, "c"), (1, "a"), (2, "b"), (1, "A")]))
print(heapq.nlargest(3, [(3, "c"), (1, "a"), (2, "b"), (3, "C")]))
h = list(range(20, 0, -1))
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 30), h[:5])
