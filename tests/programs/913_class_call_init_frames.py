# Class calls whose plain Python __init__ runs as a frame of the interpreter loop: the
# instance is the result, __init__ must return None, errors and tracebacks, recursion
# inside __init__, frames seen from __init__, and the classes that take the generic path.
import sys
import traceback

class P:
    def __init__(self, x, y=2, *rest, k=None, **kw):
        self.args = (x, y, rest, k, sorted(kw.items()))

print(P(1).args, P(1, 3).args, P(1, 3, 4, 5, k=6, z=7).args, P(y=9, x=8).args)

class Plain:
    def __init__(self, v):
        self.v = v
objs = [Plain(i) for i in range(5)]
print([o.v for o in objs], type(objs[0]).__name__)

class Bad:
    def __init__(self, v):
        self.v = v
        return v
for v in (None, 0, "s"):
    try:
        print("made", Bad(v).v)
    except TypeError as e:
        print("TypeError:", e, [fs.name for fs in traceback.extract_tb(e.__traceback__)])

class Fails:
    def __init__(self, n):
        if n > 2:
            raise ValueError("n=%d" % n)
        self.n = n
def make(n):
    return Fails(n)
for n in (1, 3):
    try:
        print("ok", make(n).n)
    except ValueError as e:
        names = [fs.name for fs in traceback.extract_tb(e.__traceback__)]
        lines = [fs.line for fs in traceback.extract_tb(e.__traceback__)]
        print("ValueError:", e, names, lines)

try:
    Plain()
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(w=1)
except TypeError as e:
    print("TypeError:", e)

# recursion through __init__ (a tree built in constructors)
class Tree:
    def __init__(self, depth):
        self.kids = [Tree(depth - 1), Tree(depth - 1)] if depth else []
    def size(self):
        return 1 + sum(k.size() for k in self.kids)
print(Tree(8).size())

class Chain:
    def __init__(self, n):
        self.next = Chain(n - 1) if n else None
def chain_len(c):
    k = 0
    while c is not None:
        k += 1
        c = c.next
    return k
print(chain_len(Chain(300)))
try:
    Chain(100000)
except RecursionError as e:
    print("RecursionError:", e)
print(chain_len(Chain(10)))

# the caller seen from __init__, and __init__'s own frame
class Who:
    def __init__(self):
        self.caller = sys._getframe(1).f_code.co_name
        self.me = sys._getframe().f_code.co_name
def builder():
    return Who()
w = builder()
print(w.caller, w.me)

# __init__ that reassigns self, or uses *args for self
class Odd:
    def __init__(*args):
        args[0].n = len(args)
class Rebind:
    def __init__(self, v):
        other = self
        self = None
        other.v = v
print(Odd(1, 2).n, Rebind(5).v)

# a class with __new__, a builtin subclass, a metaclass __call__, an ABC, __init__ swapped later
class WithNew:
    def __new__(cls, v):
        o = super().__new__(cls)
        o.fromnew = v
        return o
    def __init__(self, v):
        self.v = v * 2
wn = WithNew(4)
print(wn.fromnew, wn.v)
class MyList(list):
    def __init__(self, *a):
        super().__init__(a)
print(MyList(1, 2, 3))
class Meta(type):
    def __call__(cls, *a):
        return ("meta", a)
class M(metaclass=Meta):
    def __init__(self, x):
        self.x = x
print(M(1))
import abc
class Abstract(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    def __init__(self):
        self.x = 1
try:
    Abstract()
except TypeError as e:
    print("TypeError:", e)
class Swap:
    def __init__(self):
        self.which = "first"
def second_init(self):
    self.which = "second"
s1 = [Swap().which for _ in range(3)]
Swap.__init__ = second_init
s2 = [Swap().which for _ in range(3)]
print(s1, s2)
class GenInit:
    def __init__(self):
        yield 1
try:
    GenInit()
except TypeError as e:
    print("TypeError:", e)

# an exception caught inside __init__, and a finally around it
class Careful:
    def __init__(self, d):
        try:
            self.v = d["k"]
        except KeyError:
            self.v = "missing"
        finally:
            self.done = True
print(Careful({}).v, Careful({"k": 1}).v, Careful({}).done)

# instances made in a loop long enough for the JIT to trace it
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y)
acc = Vec(0, 0)
for i in range(3000):
    acc = acc.add(Vec(i, 1))
print(acc.x, acc.y)
