# split / subgroup / derive, and the metadata copied onto the parts.
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [leaves(x) for x in e.exceptions]
    return repr(e)

def show(label, r):
    if isinstance(r, tuple):
        print(label, [None if x is None else (type(x).__name__, x.message, leaves(x)) for x in r])
    else:
        print(label, None if r is None else (type(r).__name__, r.message, leaves(r)))

eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("nested", [ValueError(3), KeyError(4)]), OSError(5)])
show("split ValueError", eg.split(ValueError))
show("split (Type, Key)", eg.split((TypeError, KeyError)))
show("split Exception", eg.split(Exception))
show("split ZeroDivisionError", eg.split(ZeroDivisionError))
show("split LookupError", eg.split(LookupError))
show("split predicate", eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
show("split group predicate", eg.split(lambda e: isinstance(e, ExceptionGroup) and e.message == "nested"))
show("subgroup ValueError", eg.subgroup(ValueError))
show("subgroup none", eg.subgroup(MemoryError))
show("subgroup all", eg.subgroup(BaseException))
print(eg.subgroup(BaseException) is eg, eg.split(Exception)[0] is eg)
show("subgroup ExceptionGroup", eg.subgroup(ExceptionGroup))

for bad in [1, "x", (ValueError, 1), [ValueError], ValueError(), (ValueError, (TypeError,))]:
    try:
        eg.split(bad)
    except TypeError as err:
        print("bad matcher", repr(bad), "->", err)
try:
    eg.split()
except TypeError as err:
    print(type(err).__name__)

d = eg.derive([KeyError("d")])
print(type(d).__name__, repr(d), d.__cause__, d.__context__, d.__traceback__)
print(type(eg.derive([KeyboardInterrupt()])).__name__)

# metadata is copied to the parts
try:
    try:
        raise KeyError("ctx")
    except KeyError as k:
        try:
            raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from RuntimeError("cause")
        except ExceptionGroup as g:
            g.add_note("note on group")
            meta = g
except Exception:
    pass
match, rest = meta.split(ValueError)
for part in (match, rest):
    print(repr(part), repr(part.__cause__), repr(part.__context__), part.__suppress_context__,
          part.__traceback__ is meta.__traceback__, part.__notes__, part.__notes__ is meta.__notes__)
print(meta.__suppress_context__)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m, r = plain.split(ValueError)
print(m.__suppress_context__, m.__cause__, m.__traceback__, hasattr(m, "__notes__"))

# derive overridden by a subclass
class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag="?"):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self
    def __init__(self, message, excs, tag="?"):
        super().__init__(message, excs)
    def derive(self, excs):
        return Tagged(self.message, excs, self.tag + "'")
t = Tagged("tagged", [ValueError(1), TypeError(2)], "t")
m, r = t.split(ValueError)
print(type(m).__name__, m.tag, r.tag, repr(m))

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return ValueError("not a group")
try:
    BadDerive("b", [ValueError(), TypeError()]).split(ValueError)
except TypeError as err:
    print(err)

class NoDerive(ExceptionGroup):
    pass
m, r = NoDerive("n", [ValueError(), TypeError()]).split(ValueError)
print(type(m).__name__, type(r).__name__)
