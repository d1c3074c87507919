def add_repr(cls):
    fields = list(cls.__annotations__)
    def __repr__(self):
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in fields)
        return f"{cls.__name__}({inner})"
    def __init__(self, *args):
        for f, a in zip(fields, args):
            setattr(self, f, a)
    cls.__repr__ = __repr__
    cls.__init__ = __init__
    return cls
@add_repr
class Point:
    x: int
    y: int
print(Point(1, 2), Point("a", None))
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
print(Config(1).v, Config(2).v, Config(3) is Config(4))
def count_instances(cls):
    orig = cls.__init__
    cls.created = 0
    def init(self, *a, **k):
        cls.created += 1
        orig(self, *a, **k)
    cls.__init__ = init
    return cls
@count_instances
class Thing:
    def __init__(self, n):
        self.n = n
Thing(1); Thing(2)
print(Thing.created)
