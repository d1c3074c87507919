print(None, repr(None), str(None), type(None).__name__, bool(None), None is None, None == None, None != 0)
print(hash(None) == hash(None), [None] * 2, {None: "k"}[None], None in [None], (None,))
n = None
for bad in (lambda: None + 1, lambda: None < 1, lambda: n(), lambda: n[0], lambda: None.attr, lambda: len(None), lambda: iter(None), lambda: -None):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
def f(): pass
print(f() is None, print() is None, [].append(1) is None, {}.clear() is None, "x".__init__() is None)
