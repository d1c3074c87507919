class V:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return "V" + repr(self.c)
    def __add__(self, o):
        return V(*(a + b for a, b in zip(self.c, o.c)))
    def __sub__(self, o):
        return V(*(a - b for a, b in zip(self.c, o.c)))
    def __mul__(self, k):
        return V(*(a * k for a in self.c))
    def __rmul__(self, k):
        return self * k
    def __truediv__(self, k):
        return V(*(a / k for a in self.c))
    def __floordiv__(self, k):
        return V(*(a // k for a in self.c))
    def __mod__(self, k):
        return V(*(a % k for a in self.c))
    def __pow__(self, k):
        return V(*(a ** k for a in self.c))
    def __matmul__(self, o):
        return sum(a * b for a, b in zip(self.c, o.c))
    def __neg__(self):
        return V(*(-a for a in self.c))
    def __pos__(self):
        return self
    def __abs__(self):
        return V(*(abs(a) for a in self.c))
    def __invert__(self):
        return V(*(~a for a in self.c))
    def __and__(self, o): return "and"
    def __or__(self, o): return "or"
    def __xor__(self, o): return "xor"
    def __lshift__(self, o): return "lshift"
    def __rshift__(self, o): return "rshift"
    def __len__(self):
        return len(self.c)
    def __bool__(self):
        return any(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __contains__(self, x):
        return x in self.c
v, w = V(1, 2), V(3, -4)
print(v + w, v - w, v * 3, 3 * v, v / 2, w // 2, w % 3, v ** 2, v @ w)
print(-v, +v, abs(w), ~v, v & w, v | w, v ^ w, v << 1, v >> 1)
print(len(v), bool(V(0, 0)), v[1], 2 in v, 5 in v, list(v))
try:
    v + 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s" * v
except TypeError as e:
    print(type(e).__name__, e)
class NoOps:
    pass
for op in ("+", "-", "*", "/", "//", "%", "**", "@", "<<", "&", "<"):
    try:
        eval(f"NoOps() {op} 1")
    except TypeError as e:
        print(e)
try:
    -NoOps()
except TypeError as e:
    print(e)
