class BadEq:
    def __eq__(self, o):
        raise RuntimeError("eq failed")
    __hash__ = object.__hash__
try:
    BadEq() in [1, 2]
except RuntimeError as e:
    print("contains:", e)
try:
    [BadEq()].index(5)
except RuntimeError as e:
    print("index:", e)
class BadHash:
    def __hash__(self):
        raise ValueError("hash failed")
try:
    {BadHash(): 1}
except ValueError as e:
    print("dict:", e)
class BadIter:
    def __iter__(self):
        raise KeyError("iter failed")
try:
    list(BadIter())
except KeyError as e:
    print("iter:", e)
class BadLen:
    def __len__(self):
        raise IndexError("len failed")
try:
    bool(BadLen())
except IndexError as e:
    print("len:", e)
class BadRepr:
    def __repr__(self):
        raise TypeError("repr failed")
try:
    print([BadRepr()])
except TypeError as e:
    print("repr:", e)
class BadBool:
    def __bool__(self):
        raise ArithmeticError("bool failed")
try:
    if BadBool():
        pass
except ArithmeticError as e:
    print("if:", e)
try:
    sorted([3, 1], key=lambda x: {}[x])
except KeyError as e:
    print("sort key:", e)
class BadExit:
    def __enter__(self): return self
    def __exit__(self, *a): raise OSError("exit failed")
try:
    with BadExit():
        pass
except OSError as e:
    print("with:", e)
