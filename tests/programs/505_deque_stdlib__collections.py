# _collections: deque, defaultdict, _count_elements, _tuplegetter.
from _collections import deque, defaultdict, _count_elements, _tuplegetter

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))

d = deque([1, 2, 3])
d.append(4); d.appendleft(0)
print(d, len(d), d[0], d[-1], d[2], 3 in d, 9 in d, bool(d), bool(deque()))
print(d.pop(), d.popleft(), d)
d.extend('ab'); d.extendleft('xy')
print(d, d.count('a'), d.index(2), d.index('a', 2), d.index('a', -3, -1))
d.rotate(2); print(d)
d.rotate(-3); print(d)
d.rotate(100); print(d)
d.rotate(0); print(d)
d.reverse(); print(d, list(reversed(d)))
d.insert(2, 'I'); d.insert(-1, 'J'); d.insert(100, 'K'); d.insert(-100, 'L'); print(d)
d.remove('I'); print(d)
d[0] = 'first'; del d[1]; print(d, d.maxlen)
d.clear(); print(d, len(d))
show('pop-empty', lambda: deque().pop())
show('popleft-empty', lambda: deque().popleft())
show('index-missing', lambda: deque([1]).index(2))
show('remove-missing', lambda: deque([1]).remove(2))
show('getitem-range', lambda: deque([1])[5])
show('getitem-slice', lambda: deque([1])[0:1])
show('getitem-str', lambda: deque([1])['a'])
show('maxlen-neg', lambda: deque([], -1))
show('hash', lambda: hash(deque()))
b = deque(range(10), maxlen=3)
print(b, b.maxlen, repr(deque(maxlen=0)))
b.append(10); print(b)
b.appendleft(-1); print(b)
b.extend([20, 21]); print(b)
b.extendleft([30]); print(b)
show('insert-full', lambda: b.insert(0, 1))
z = deque([], 0); z.append(1); z.extend([1, 2]); print(z)
print(deque('abc') == deque('abc'), deque('abc') != deque('abd'), deque([1, 2]) < deque([1, 3]), deque([1, 2]) < deque([1, 2, 0]),
      deque([2]) > deque([1, 9]), deque([1]) <= deque([1]), deque([1]) == [1])
show('lt-list', lambda: deque([1]) < [1])
print(deque([1, 2]) + deque([3]), deque([1, 2]) * 3, 2 * deque('ab'), deque([1], maxlen=2) * 3)
show('add-list', lambda: deque([1]) + [2])
e = deque([1]); e += [2, 3]; e *= 2; print(e)
e += e; print(e)
e.extend(e); print(len(e))
c = e.copy(); c.append('new'); print(len(e), len(c), type(c).__name__)
print(deque([1, 2], maxlen=5).__copy__())
it = iter(deque([1, 2, 3]))
print(next(it), it.__length_hint__(), list(it))
m = deque([1, 2, 3])
def mutate():
    for x in m:
        m.append(x)
show('mutate', mutate)
r = deque([1]); r.append(r); print(r)
class D(deque):
    pass
dd = D([1, 2], 4)
print(dd, type(dd.copy()).__name__, dd.copy(), isinstance(dd, deque))
print(deque[int], deque.__name__, type(iter(deque())).__name__, type(reversed(deque())).__name__)
q = deque(range(50))
for i in range(20):
    q.rotate(i * 7 - 30)
    q.append(q.popleft() * 2)
    if i % 3 == 0: q.appendleft(q.pop())
print(q)

dl = defaultdict(list)
dl['a'].append(1); dl['b'].append(2); dl['a'].append(3)
print(dl, dl['zz'], len(dl), dl.default_factory)
di = defaultdict(int, {'x': 1}, y=2)
for ch in 'hello': di[ch] += 1
print(di, repr(defaultdict()), defaultdict(None, a=1))
n = defaultdict()
show('missing-none', lambda: n['q'])
show('bad-factory', lambda: defaultdict(5))
print(dl.get('nope'), 'nope' in dl, dl.__missing__('w'), dl)
cp = di.copy(); cp['new'] += 5
print(type(cp).__name__, cp.default_factory, len(di), len(cp))
print(isinstance(dl, dict), type(dl).__name__, defaultdict.__module__)
dl.default_factory = set
print(dl['s'], dl)
class Sub(defaultdict):
    def __missing__(self, key):
        return key * 2
s = Sub(int)
print(s['ab'], len(s), repr(Sub(list)))
rec = defaultdict(list); rec.default_factory = lambda: rec
print(repr(defaultdict(lambda: 0))[:22])
print(di | {'q': 1}, {'q': 1} | di, type(di | {}).__name__)
class Counter(dict):
    def __missing__(self, key):
        return 0
cc = Counter(a=1)
print(cc['a'], cc['b'], len(cc))

counts = {}
_count_elements(counts, 'abracadabra')
print(counts)
class M(dict):
    pass
mm = M()
_count_elements(mm, [1, 2, 1, 1])
print(mm)
class P(tuple):
    x = _tuplegetter(0, 'the x')
    y = _tuplegetter(1, None)
p = P((5, 6))
print(p.x, p.y, P.x.__doc__, type(P.__dict__['x']).__name__)
show('set', lambda: setattr(p, 'x', 1))
show('short', lambda: P((1,)).y)
