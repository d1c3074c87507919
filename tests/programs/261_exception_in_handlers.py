def risky(n):
    try:
        return [1, 2][n]
    except IndexError:
        return int("not a number")
try:
    risky(5)
except ValueError as e:
    print(type(e).__name__, e, "| context:", type(e.__context__).__name__, e.__context__)
def cleanup():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        raise
try:
    cleanup()
except KeyError as e:
    print("re-raised original:", repr(e), e.__context__)
def sys_exc():
    import sys
    try:
        raise ValueError("x")
    except ValueError:
        t, v, tb = sys.exc_info()
        print(t.__name__, v, tb is not None, sys.exception() is v if hasattr(sys, "exception") else "no sys.exception in 3.11")
    print(sys.exc_info())
sys_exc()
def bare_raise_no_active():
    try:
        raise
    except RuntimeError as e:
        print(type(e).__name__, e)
bare_raise_no_active()
