def show(e):
    chain = []
    while e is not None:
        chain.append(f"{type(e).__name__}({e}) cause={type(e.__cause__).__name__ if e.__cause__ else None} suppress={e.__suppress_context__}")
        e = e.__cause__ or (None if e.__suppress_context__ else e.__context__)
    return chain
try:
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            {}["k"]
    except KeyError as e:
        raise ValueError("third") from e
except ValueError as e:
    print(show(e))
try:
    try:
        raise TypeError("a")
    except TypeError:
        raise RuntimeError("b") from None
except RuntimeError as e:
    print(show(e), repr(e.__context__))
try:
    try:
        raise TypeError("a")
    finally:
        raise KeyError("in finally")
except KeyError as e:
    print(show(e))
def gen():
    try:
        yield
    except GeneratorExit:
        raise
e1 = ValueError("e1")
e2 = TypeError("e2")
e2.__context__ = e1
e2.__cause__ = KeyError("cause")
print(e2.__suppress_context__, show(e2))
try:
    e1.__cause__ = "not an exception"
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise ValueError("inner")
    except ValueError as inner:
        try:
            raise inner
        except ValueError as same:
            print("same object:", same is inner, same.__context__)
except Exception:
    pass
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        k2 = k
        raise
except KeyError as again:
    print(again is k2)
