class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more, scale=1):
        return (self.n + x + sum(more)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
class Meth:
    def m(self, x):
        return ("m", x)
obj = Meth()
bound = obj.m
print(bound(1), bound.__self__ is obj, bound.__func__ is Meth.m, bound.__name__)
print(Meth.m(obj, 2), type(bound).__name__, type(Meth.m).__name__)
print(bound == obj.m, Meth().m == obj.m)
f = len
print(f("abc"), type(f).__name__, f.__name__, type([].append).__name__)
try:
    five = 5
    five()
except TypeError as e:
    print(e)
try:
    st = "str"
    st()
except TypeError as e:
    print(e)
try:
    Meth.m()
except TypeError as e:
    print(e)
try:
    add5()
except TypeError as e:
    print(e)
