def trial(exc):
    log = []
    try:
        try:
            raise exc
        except* ValueError as g:
            log.append(("V", [str(e) for e in g.exceptions]))
        except* (TypeError, KeyError) as g:
            log.append(("TK", [repr(e) for e in g.exceptions]))
    except BaseException as leftover:
        log.append(("left", type(leftover).__name__, [type(e).__name__ for e in getattr(leftover, "exceptions", [leftover])]))
    return log
print(trial(ValueError("plain")))
print(trial(ExceptionGroup("g", [ValueError("a"), TypeError("b"), OSError("c")])))
print(trial(ExceptionGroup("g", [KeyError("k"), ExceptionGroup("n", [ValueError("deep")])])))
print(trial(OSError("untouched")))
print(trial(KeyboardInterrupt()))
def reraise():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError:
        raise
try:
    reraise()
except ExceptionGroup as eg:
    print("re-raised", repr(eg))
def raise_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("new")
try:
    raise_new()
except ExceptionGroup as eg:
    print(repr(eg), [repr(e.__context__) for e in eg.exceptions])
try:
    exec("try:\n    raise ValueError\nexcept* ExceptionGroup:\n    pass")
except TypeError as e:
    print(type(e).__name__, e)
try:
    compile("try:\n    pass\nexcept*:\n    pass", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    compile("for x in y:\n    try:\n        pass\n    except* E:\n        break", "<s>", "exec")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
