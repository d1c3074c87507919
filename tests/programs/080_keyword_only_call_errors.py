def f(a, b):
    return a, b
tests = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, c=3),
    lambda: f(1, 2, b=3),
    lambda: f(b=1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len([], x=1),
    lambda: int("1", 2, 3),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: isinstance(1),
    lambda: (lambda *, k: k)(),
    lambda: (lambda a, /: a)(a=1),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
class C:
    def m(self, x):
        pass
    @staticmethod
    def s(x):
        pass
for t in (lambda: C().m(), lambda: C().m(1, 2), lambda: C.s(), lambda: C(1)):
    try:
        t()
    except TypeError as e:
        print(e)
