eg = ExceptionGroup("group msg", [ValueError("v1"), TypeError("t1"), ExceptionGroup("nested", [ValueError("v2"), KeyError("k")])])
print(repr(eg))
print(str(eg), eg.message, len(eg.exceptions), type(eg.exceptions).__name__)
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, (KeyError, TypeError)))))
print(eg.subgroup(OSError), eg.split(BaseException)[1])
print(repr(eg.derive([ValueError("x")])))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, repr(beg))
print(type(BaseExceptionGroup("auto", [ValueError()])).__name__)
for bad in (lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]), lambda: ExceptionGroup("m", ValueError()), lambda: ExceptionGroup("m", [KeyboardInterrupt()]), lambda: ExceptionGroup(1, [ValueError()])):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "+", excs)
m = MyEG("mine", [ValueError(1), TypeError(2)])
a, b = m.split(ValueError)
print(type(a).__name__, a.message, type(b).__name__, b.message)
eg2 = ExceptionGroup("with notes", [ValueError()])
eg2.add_note("note")
sub = eg2.subgroup(ValueError)
print(sub is eg2, getattr(eg2.split(TypeError)[1], "__notes__", None))
