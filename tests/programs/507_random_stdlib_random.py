# random (pure Python over _random): the same sequences as CPython for the same seeds.
import random

random.seed(42)
print(random.random(), random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.uniform(1.5, 2.5))
print(random.choice('abcdefgh'), random.choices(range(10), k=5), random.sample(range(100), 6))
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5), random.betavariate(2, 3))
print(random.gammavariate(2.5, 1.0), random.lognormvariate(0, 0.5), random.vonmisesvariate(1, 2), random.paretovariate(3))
print(random.weibullvariate(1, 2), random.triangular(0, 10, 3), random.getrandbits(70), random.randbytes(4).hex() if hasattr(random, 'randbytes') else '')
deck = list(range(30))
random.shuffle(deck)
print(deck)
print(random.choices('abc', weights=[5, 1, 1], k=10), random.choices('xyz', cum_weights=[1, 2, 10], k=6))
for s in [0, 1, 2**40, -5, 'seed', b'bytes', 3.25]:
    random.seed(s)
    print(repr(s), random.random(), random.randrange(10**12))
r = random.Random(99)
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], st[0], len(st[1]), st[2])
random.seed(7, version=1)
print(random.random())
print(random.Random(5).sample(['a', 'b', 'c', 'd'], counts=[1, 2, 3, 1], k=4))
try:
    random.sample(range(3), 5)
except ValueError as e:
    print('ValueError', e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print('ValueError', e)
