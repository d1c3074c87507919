from contextlib import contextmanager, suppress, ExitStack, nullcontext, closing, redirect_stdout
import io
@contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        print("handled inside cm", e)
    finally:
        print(f"</{name}>")
with tag("div") as t:
    print("content", t)
with tag("p"):
    raise KeyError("k")
with suppress(ZeroDivisionError, ValueError):
    1 / 0
print("suppressed")
with ExitStack() as stack:
    for n in ("a", "b"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback runs first")
with nullcontext(5) as v:
    print("nullcontext", v)
class Res:
    def close(self):
        print("closed resource")
with closing(Res()):
    pass
buf = io.StringIO()
with redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
