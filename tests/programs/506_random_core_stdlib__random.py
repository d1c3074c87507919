# _random.Random: Mersenne Twister streams identical to CPython's for int/hash seeds.
import _random

def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, e)
    else:
        print(label, repr(r))

for seed in [0, 1, 42, -42, 2**32 - 1, 2**32, 2**64 + 7, 10**50, 123456789, True, 3.5, -0.0]:
    r = _random.Random(seed)
    print(seed, [r.random() for _ in range(3)], r.getrandbits(1), r.getrandbits(31), r.getrandbits(32), r.getrandbits(33), r.getrandbits(64), r.getrandbits(100))
r = _random.Random()
r.seed(2024)
vals = [r.random() for _ in range(1000)]
print(vals[-3:], sum(vals))
print([r.getrandbits(k) for k in range(0, 70, 7)])
st = r.getstate()
print(len(st), st[-1], st[:3])
a = [r.random() for _ in range(5)]
r.setstate(st)
print(a == [r.random() for _ in range(5)])
r2 = _random.Random(7)
r2.setstate(st)
print(r2.random() == r.random())

# randrange / shuffle / choice written the way random.py does it, on the raw stream
class R(_random.Random):
    def _randbelow(self, n):
        k = n.bit_length()
        x = self.getrandbits(k)
        while x >= n:
            x = self.getrandbits(k)
        return x
    def shuffle(self, x):
        for i in reversed(range(1, len(x))):
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]
rr = R(12345)
print([rr._randbelow(n) for n in [1, 2, 3, 10, 100, 1000, 2**31, 2**40 + 3, 10**20]])
deck = list(range(20))
rr.shuffle(deck)
print(deck)
rr.attr = 'instances of subclasses have a __dict__'
print(rr.attr, isinstance(rr, _random.Random))
show('negbits', lambda: r.getrandbits(-1))
show('setstate-list', lambda: r.setstate([0] * 625))
show('setstate-size', lambda: r.setstate((0,) * 3))
show('setstate-index', lambda: r.setstate((0,) * 624 + (625,)))
show('too-many', lambda: _random.Random(1, 2))
show('kw', lambda: _random.Random(x=1))
show('attr', lambda: setattr(_random.Random(), 'x', 1))
show('unhashable', lambda: _random.Random([]))
r3 = _random.Random('abc')
r4 = _random.Random('abc')
print(r3.random() == r4.random())
