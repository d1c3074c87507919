# ImportError/ModuleNotFoundError (msg, name, path), NameError.name, AttributeError.name/obj.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as err:
        print(label, type(err).__name__, err)

for args, kw in [((), {}), (("m",), {}), (("m", "x"), {}), (("m",), {"name": "n"}),
                 (("m",), {"name": "n", "path": "/p"}), ((None,), {"path": 1})]:
    i = ImportError(*args, **kw)
    print(repr(i), "|", str(i), "|", i.args, repr(i.msg), repr(i.name), repr(i.path))
attempt("bad kw", lambda: ImportError("m", module="x"))
attempt("mnf bad kw", lambda: ModuleNotFoundError("m", other=1))
m = ModuleNotFoundError("No module named 'zz'", name="zz")
print(repr(m), m.name, m.msg, isinstance(m, ImportError))
i = ImportError("a")
i.msg = "changed"
print(str(i), i.args)
i.msg = None
print(repr(str(i)))
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, e, repr(e.name), e.path)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, repr(e.name))

for kw in [{}, {"name": "x"}]:
    n = NameError("msg", **kw)
    print(repr(n), n.name, n.args)
attempt("name bad kw", lambda: NameError("m", obj=1))
try:
    undefined_name_here
except NameError as e:
    print(repr(e), repr(e.name))
def f():
    print(local_before)
    local_before = 1
try:
    f()
except UnboundLocalError as e:
    print(type(e).__name__, e, repr(e.name), isinstance(e, NameError))

for kw in [{}, {"name": "a"}, {"name": "a", "obj": 5}]:
    a = AttributeError("msg", **kw)
    print(repr(a), a.name, a.obj, a.args)
attempt("attr bad kw", lambda: AttributeError("m", value=1))
class C:
    __slots__ = ("s",)
    @property
    def p(self):
        raise AttributeError("from property")
c = C()
for name in ("missing", "s", "p"):
    try:
        getattr(c, name)
    except AttributeError as e:
        print(name, "->", e, repr(e.name), type(e.obj).__name__)
try:
    (5).nope
except AttributeError as e:
    print(e, e.name, e.obj)
try:
    object.nope
except AttributeError as e:
    print(e, e.name, e.obj)
a = AttributeError("x")
a.name = "set"
a.obj = [1]
print(a.name, a.obj)
del a.name
print(a.name)
