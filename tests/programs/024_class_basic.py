class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @classmethod
    def origin(cls):
        return cls(0, 0)
    @staticmethod
    def help():
        return "static"
p = Point(3, 4)
print(p, p.norm2(), Point.origin(), Point.help(), p.help())
print(Point.__name__, Point.__qualname__, Point.__doc__, Point.dims, p.dims)
p.dims = 3
print(p.dims, Point.dims, sorted(vars(p)))
print(Point.norm2(p), type(p) is Point, isinstance(p, object))
class Empty:
    pass
e = Empty()
e.a = 1
print(e.a, hasattr(e, "b"))
del e.a
print(hasattr(e, "a"))
try:
    e.a
except AttributeError as err:
    print(err)
try:
    Point.nope
except AttributeError as err:
    print(err)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
