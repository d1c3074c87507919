print(sum([1, 2, 3]), sum([]), sum([], 10), sum(range(101)), sum([0.1] * 10), sum([1, 2.5]), sum([1j, 2]), sum([True, True]))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([0.1, 0.2, 0.3]), sum(x * x for x in range(10)), sum([2 ** 64, 2 ** 64]), sum([1e100, 1, -1e100]))
for bad in (lambda: sum(["a", "b"], ""), lambda: sum([b"a"], b""), lambda: sum([bytearray()], bytearray()), lambda: sum([1, "a"]), lambda: sum(5)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(sum([1, 2], start=5), sum(iter([0.5, 0.25])), sum([float("inf"), 1]), sum([-0.0]), sum([-0.0], -0.0))
class V:
    def __init__(self, v): self.v = v
    def __radd__(self, o): return V(o + self.v) if isinstance(o, int) else NotImplemented
    def __add__(self, o): return V(self.v + (o.v if isinstance(o, V) else o))
    def __repr__(self): return f"V({self.v})"
print(sum([V(1), V(2), V(3)]))
