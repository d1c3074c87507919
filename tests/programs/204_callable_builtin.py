class C:
    def m(self): pass
class WithCall:
    def __call__(self): pass
for v in (len, C, C(), C().m, C.m, WithCall(), lambda: 0, 5, "s", print, type, object(), int.__add__, (1).__add__, [].append, None, classmethod(len), staticmethod(len)):
    print(type(v).__name__, callable(v))
c = C()
c.__call__ = lambda: 1
print(callable(c))
