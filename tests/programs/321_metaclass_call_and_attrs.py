class Countable(type):
    def __call__(cls, *args, **kw):
        cls.instances = getattr(cls, "instances", 0) + 1
        return super().__call__(*args, **kw)
    def __len__(cls):
        return cls.instances
    def __getitem__(cls, key):
        return f"{cls.__name__}[{key}]"
    def __iter__(cls):
        return iter(range(cls.instances))
    def __repr__(cls):
        return f"<Countable {cls.__name__}>"
    @property
    def info(cls):
        return f"{cls.__name__} has {cls.instances}"
class Widget(metaclass=Countable):
    def __init__(self, n):
        self.n = n
Widget(1); Widget(2); Widget(3)
print(len(Widget), Widget["x"], list(Widget), repr(Widget), Widget.info, str(Widget))
print(hasattr(Widget(4), "info"), Widget.instances)
class AutoAttrs(type):
    def __new__(mcls, name, bases, ns):
        for key in list(ns):
            if key.startswith("make_"):
                val = ns.pop(key)
                ns[key[5:]] = val()
        return super().__new__(mcls, name, bases, ns)
class Conf(metaclass=AutoAttrs):
    def make_colors():
        return ["red", "green"]
print(Conf.colors, hasattr(Conf, "make_colors"))
print(type(Countable), Countable.__mro__[1].__name__, isinstance(Widget, type))
