class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
        self.b = 2
    def method(self): pass
c = C()
print(vars(c), sorted(k for k in vars(C) if not k.startswith("__")))
print([n for n in dir(c) if not n.startswith("__")], [n for n in dir(C) if not n.startswith("_")])
print("append" in dir([]), "__len__" in dir(""), dir(1) == sorted(dir(1)), [n for n in dir(int) if not n.startswith("_")])
class WithDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(WithDir()))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("x",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
def f():
    local_a = 1
    local_b = 2
    return dir(), sorted(vars())
print(f())
print([n for n in dir(str) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")], [n for n in dir(list) if not n.startswith("_")])
