def show(eg, depth=0):
    print("  " * depth + repr(eg) if not isinstance(eg, BaseExceptionGroup) else "  " * depth + f"{type(eg).__name__}({eg.message!r}, {len(eg.exceptions)})")
    if isinstance(eg, BaseExceptionGroup):
        for e in eg.exceptions:
            show(e, depth + 1)
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as eg:
    print("values:")
    show(eg)
except* TypeError as eg:
    print("types:")
    show(eg)
try:
    try:
        raise ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o"), KeyError("k2")])])
    except* KeyError as eg:
        print("keys:")
        show(eg)
except ExceptionGroup as rest:
    print("rest:")
    show(rest)
try:
    raise ValueError("naked")
except* ValueError as eg:
    print("naked wrapped:")
    show(eg)
try:
    try:
        raise ExceptionGroup("g", [ValueError("v")])
    except* ValueError:
        raise TypeError("from handler")
except Exception as eg:
    print("raised in handler:", repr(eg), repr(eg.__context__))
try:
    raise ExceptionGroup("g", [ZeroDivisionError()])
except* (ZeroDivisionError, KeyError) as eg:
    print("tuple match", [type(e).__name__ for e in eg.exceptions])
else:
    print("no")
finally:
    print("finally")
