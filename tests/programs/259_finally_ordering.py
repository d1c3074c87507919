log = []
def f(mode):
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError
        if mode == "return":
            return "ret"
    except ValueError:
        log.append("except")
        return "from except"
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return "end"
for m in ("normal", "raise", "return"):
    log.clear()
    print(m, f(m), log)
def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            print("inner finally")
    except KeyError:
        print("outer except")
        raise TypeError("new")
    finally:
        print("outer finally")
try:
    nested()
except TypeError as e:
    print("got", e, repr(e.__context__))
def finally_overrides():
    try:
        raise ValueError("original")
    finally:
        raise KeyError("override")
try:
    finally_overrides()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def loop_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out
print(loop_finally())
def gen_finally():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
gen = gen_finally()
for x in gen:
    print(x)
    break
print("after break")
gen.close()
print("after close")
