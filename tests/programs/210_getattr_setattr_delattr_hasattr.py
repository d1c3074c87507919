class C:
    x = 1
c = C()
print(getattr(c, "x"), getattr(c, "y", None), hasattr(c, "x"), hasattr(c, "y"))
setattr(c, "y", 2)
setattr(c, "with space", 3)
print(c.y, getattr(c, "with space"), sorted(vars(c)))
delattr(c, "y")
print(hasattr(c, "y"))
for bad in (lambda: getattr(c, "nope"), lambda: getattr(c, 1), lambda: delattr(c, "nope"), lambda: setattr(1, "x", 2), lambda: getattr(), lambda: hasattr(c, None)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class Raiser:
    @property
    def bad(self):
        raise ValueError("property raised")
    def __getattr__(self, n):
        raise KeyError(n)
r = Raiser()
try:
    hasattr(r, "bad")
except ValueError as e:
    print("hasattr propagates non-AttributeError:", e)
try:
    hasattr(r, "other")
except KeyError as e:
    print("KeyError propagated", e)
print(getattr(1, "real"), getattr("s", "upper")(), getattr(int, "__name__"), getattr(c, "__class__").__name__)
