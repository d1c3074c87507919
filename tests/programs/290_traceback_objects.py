def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(frames)
e = ValueError("fresh")
print(e.__traceback__)
try:
    raise e
except ValueError:
    pass
print(e.__traceback__ is not None, e.__traceback__.tb_lineno)
e2 = RuntimeError("x").with_traceback(None)
print(e2.__traceback__, type(e2).__name__)
def gen_frame():
    try:
        yield 1
        raise KeyError("in gen")
    except KeyError as k:
        yield k.__traceback__.tb_frame.f_code.co_name
g = gen_frame()
print(next(g), next(g))
