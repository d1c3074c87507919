it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "again"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, repr(e))
vals = [1, 2, 3, None, 4]
pos = -1
def source():
    global pos
    pos += 1
    return vals[pos]
print(list(iter(source, None)))
print(list(iter(lambda: 1, 1)))
try:
    iter(5, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(5)
except TypeError as e:
    print(type(e).__name__, e)
class Noisy:
    def __init__(self):
        self.n = 0
    def __call__(self):
        self.n += 1
        return self.n
ci = iter(Noisy(), 4)
print(type(ci).__name__, list(ci), list(ci))
print(list(iter("ab")), list(iter(iter(iter((1, 2))))), next(iter({3: 4})), next(iter({5})))
