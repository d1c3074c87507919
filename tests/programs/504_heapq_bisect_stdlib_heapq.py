# heapq and bisect on top of _heapq/_bisect: identical heaps, positions and errors.
import heapq, bisect, _heapq, _bisect

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))

print(heapq.heappush is _heapq.heappush, bisect.bisect is _bisect.bisect_right)
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % 1000
data = [rnd() for _ in range(3000)]
h = []
for x in data[:200]:
    heapq.heappush(h, x)
print(h[:40])
print([heapq.heappop(h) for _ in range(30)])
h2 = data[:]
heapq.heapify(h2)
print(h2[:40], h2[1500:1520])
h3 = data[:101]
heapq.heapify(h3)
print(h3)
print(heapq.heapreplace(h3, 500), heapq.heappushpop(h3, 1), heapq.heappushpop(h3, 999), h3[:20])
print(heapq.heappushpop([], 5))
mx = data[:50]
heapq._heapify_max(mx)
print(mx, heapq._heappop_max(mx), heapq._heapreplace_max(mx, 3), mx[:10])
print(heapq.nlargest(5, data), heapq.nsmallest(5, data), heapq.nsmallest(3, data, key=lambda v: -v))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])), list(heapq.merge([3, 1], [2], key=lambda v: -v, reverse=False)))
pairs = [(x % 7, 'v' + str(x)) for x in data[:60]]
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(12)])
show('heappop-empty', lambda: heapq.heappop([]))
show('heapreplace-empty', lambda: heapq.heapreplace([], 1))
show('heappush-tuple', lambda: heapq.heappush((), 1))
show('heapify-none', lambda: heapq.heapify(None))
show('heappush-mixed', lambda: heapq.heappush([1, 2], 'a'))
class Weird:
    def __init__(self, v): self.v = v
    def __lt__(self, other): return self.v % 3 < other.v % 3
    def __repr__(self): return 'W' + str(self.v)
w = [Weird(v) for v in data[:30]]
heapq.heapify(w)
print(w)

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 8, 13, 20]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x, 2), bisect.bisect_left(a, x, 1, 5), bisect.bisect_right(a, x, hi=4))
recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]), bisect.bisect(recs, 0, key=lambda r: r[1]))
b = []
for x in data[:30]:
    bisect.insort(b, x)
print(b)
bisect.insort_left(b, 500)
bisect.insort_right(b, 500, 0, len(b))
print(b[12:20])
bisect.insort(recs, ('z', 4), key=lambda r: r[1])
bisect.insort_left(recs, ('y', 3), key=lambda r: r[1])
print(recs)
show('lo-neg', lambda: bisect.bisect_left(a, 1, -1))
show('too-many', lambda: bisect.bisect_left(a, 1, 0, 3, 4))
show('bad-hi', lambda: bisect.bisect_right(a, 1, 0, 'x'))
show('missing', lambda: bisect.bisect_right(a))
show('kw', lambda: bisect.bisect_right(a=a, x=5, lo=1))
show('none-hi', lambda: bisect.bisect_right(a, 5, hi=None))
class Seq:
    def __init__(self): self.items = [1, 3, 5]
    def __len__(self): return len(self.items)
    def __getitem__(self, i): return self.items[i]
    def insert(self, i, x): self.items.insert(i, x)
s = Seq()
bisect.insort(s, 4)
print(s.items, bisect.bisect(s, 3))
