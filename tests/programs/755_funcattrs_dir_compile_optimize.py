# function __code__ free-var check, dir() of bound methods, compile(optimize=...) (CPython 3.11).
import ast


def b():
    pass


def make():
    x = 1

    def c():
        return x
    return c


c = make()
for target, source in ((b, c), (c, b)):
    try:
        target.__code__ = source.__code__
    except ValueError as e:
        print("ValueError:", e)
try:
    del b.__code__
except TypeError as e:
    print("TypeError:", e)


def d():
    return 5


b.__code__ = d.__code__
print("swapped code:", b())


class F:
    def a(self):
        pass


F.a.known_attr = 7
print("known_attr in dir(bound method):", "known_attr" in dir(F().a))

codestr = '''def f():
    """doc"""
    debug_enabled = False
    if __debug__:
        debug_enabled = True
    try:
        assert False
    except AssertionError:
        return (True, f.__doc__, debug_enabled, __debug__)
    else:
        return (False, f.__doc__, debug_enabled, __debug__)
'''
for opt in (-1, 0, 1, 2):
    for src in (codestr, ast.parse(codestr)):
        ns = {}
        exec(compile(src, "<test>", "exec", optimize=opt), ns)
        print("optimize", opt, type(src).__name__, ns["f"]())
try:
    compile("1", "", "eval", optimize=3)
except ValueError as e:
    print("ValueError:", e)
