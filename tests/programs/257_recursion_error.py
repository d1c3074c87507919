def down(n):
    return down(n + 1)
for attempt in range(3):
    try:
        down(0)
    except RecursionError as e:
        print(attempt, type(e).__name__, e)
def mutual_a(n): return mutual_b(n)
def mutual_b(n): return mutual_a(n)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual", e)
class Rec:
    def __getattr__(self, name):
        return getattr(self, "x" + name)
try:
    Rec().y
except RecursionError as e:
    print("getattr", type(e).__name__)
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr", type(e).__name__)
nested = []
for _ in range(100000):
    nested = [nested]
try:
    s = repr(nested)
    print("repr of deep list ok?", len(s))
except RecursionError as e:
    print("deep list repr:", type(e).__name__)
def fine(n):
    return 0 if n == 0 else 1 + fine(n - 1)
print(fine(900))
def gen_rec(n):
    yield from gen_rec(n + 1)
try:
    next(gen_rec(0))
except RecursionError as e:
    print("generator", type(e).__name__)
