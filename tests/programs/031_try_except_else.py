def f(x):
    try:
        r = 10 / x
    except ZeroDivisionError as e:
        print("zero:", e)
    except (TypeError, ValueError) as e:
        print("type/value:", type(e).__name__, e)
    else:
        print("ok", r)
        return r
    finally:
        print("finally", repr(x))
for v in (2, 0, "s"):
    f(v)
try:
    int("xyz")
except Exception as e:
    print(type(e).__name__, e)
try:
    [].pop()
except IndexError:
    print("bare class caught")
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
def name_cleared():
    try:
        raise KeyError(1)
    except KeyError as err:
        pass
    try:
        err
    except NameError as e:
        print("cleared:", e)
name_cleared()
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise
except ZeroDivisionError as e:
    print("re-raised", e)
try:
    try:
        {}["missing"]
    except KeyError:
        undefined_name
except NameError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
try:
    raise Exception("a", 1)
except Exception as e:
    print(e, e.args)
