class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Box({self.v!r})"
    def __str__(self):
        return f"<{self.v}>"
    def __format__(self, spec):
        return f"Box:{format(self.v, spec)}"
    def __eq__(self, o):
        return isinstance(o, Box) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
    def __index__(self):
        return int(self.v)
    def __int__(self):
        return 100
    def __float__(self):
        return 2.5
    def __complex__(self):
        return 1j
    def __round__(self, n=None):
        return f"round({n})"
    def __trunc__(self):
        return "trunc"
    def __floor__(self):
        return "floor"
    def __ceil__(self):
        return "ceil"
    def __len__(self):
        return 3
    def __reversed__(self):
        return iter("rev")
    def __bytes__(self):
        return b"bytes!"
b = Box(7)
print(repr(b), str(b), f"{b:>4}", b == Box(7), b != Box(8), hash(b) == hash(7))
print(hex(b), bin(b), oct(b), [0, 1, 2, 3, 4, 5, 6, 7, 8][b], int(b), float(b), complex(b))
print(round(b), round(b, 2), len(b), list(reversed(b)), bytes(b))
print({Box(1): "a", Box(1): "b"}, Box(1) in {Box(1)})
print(str([b]), str((b,)), "%s %r" % (b, b))
class Str:
    def __str__(self):
        return 5
try:
    str(Str())
except TypeError as e:
    print(e)
class Rep:
    def __repr__(self):
        return None
try:
    repr(Rep())
except TypeError as e:
    print(e)
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
print(str(OnlyRepr()), f"{OnlyRepr()}", format(OnlyRepr(), ""))
try:
    format(OnlyRepr(), "x")
except TypeError as e:
    print(e)
