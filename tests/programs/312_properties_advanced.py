class Rect:
    def __init__(self, w, h):
        self._w, self._h = w, h
    @property
    def area(self):
        return self._w * self._h
    @property
    def width(self):
        return self._w
    @width.setter
    def width(self, v):
        if v <= 0:
            raise ValueError("width must be positive")
        self._w = v
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
    @Rect.width.setter
    def width(self, v):
        Rect.width.fset(self, v)
        self._h = v
s = Square(3)
s.width = 5
print(s.area, s.width, Rect.area.fset, Square.width.fget is Rect.width.fget)
try:
    s.area = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.width = -1
except ValueError as e:
    print(type(e).__name__, e)
class P:
    def get(self):
        return "got"
    x = property(get, None, None, "the x doc")
print(P().x, P.x.__doc__, P.x.getter(lambda self: "new").fget(None))
class Cached:
    calls = 0
    @property
    def value(self):
        Cached.calls += 1
        return 42
c = Cached()
print(c.value + c.value, Cached.calls)
class ErrProp:
    @property
    def broken(self):
        raise AttributeError("inner attribute problem")
    def __getattr__(self, name):
        return f"__getattr__ for {name}"
print(ErrProp().broken)
