import sys
a, b = [], []
print(type(id(a)).__name__, id(a) == id(a), id(a) != id(b), id(None) == id(None), id(a) > 0)
x = a
print(id(x) == id(a), (a is b) == (id(a) == id(b)))
calls = []
def hook(*args, **kw):
    calls.append((args, kw))
    return "hook result"
sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, k=2), calls)
sys.breakpointhook = sys.__breakpointhook__
print(callable(help), type(help).__name__, callable(exit), type(__build_class__).__name__)
def body():
    v = 1
NS = __build_class__(body, "Built")
print(NS.__name__, NS.v if hasattr(NS, "v") else "no v attribute", type(NS).__name__)
