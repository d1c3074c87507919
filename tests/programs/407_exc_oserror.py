# OSError: arguments, errno -> subclass mapping, attributes, str, characters_written.
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", repr(r))
    except Exception as err:
        print(label, type(err).__name__, err)

def show(e):
    print(type(e).__name__, repr(e), "|", str(e), "|", e.args, e.errno, e.strerror, e.filename, e.filename2)

show(OSError())
show(OSError("just a message"))
show(OSError(2, "No such file or directory"))
show(OSError(2, "No such file or directory", "a.txt"))
show(OSError(2, "No such file or directory", "a.txt", None))
show(OSError(2, "No such file or directory", "a.txt", None, "b.txt"))
show(OSError(2, "x", None, None, "b.txt"))
show(OSError(1, 2, 3, 4, 5, 6))
show(OSError("a", "b"))
show(OSError(2.0, "float errno"))
show(OSError(999, "unknown errno"))
show(FileNotFoundError(13, "explicit subclass keeps its type"))

for code in [1, 2, 3, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 108, 110, 111, 114, 115, 5, 22, True]:
    e = OSError(code, "m")
    print(code, type(e).__name__, isinstance(e, OSError))

print(EnvironmentError is OSError, IOError is OSError)
for cls in (BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError,
            ConnectionRefusedError, ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError,
            IsADirectoryError, NotADirectoryError, PermissionError, ProcessLookupError, TimeoutError):
    print(cls.__name__, cls.__bases__[0].__name__, repr(cls(1, "m", "f")))

b = BlockingIOError(11, "Resource temporarily unavailable", 5)
print(b.characters_written, b.filename, b.args, str(b))
b.characters_written = 10
print(b.characters_written)
del b.characters_written
attempt("after del", lambda: b.characters_written)
attempt("del again", lambda: delattr(b, "characters_written"))
attempt("never set", lambda: OSError(11, "x").characters_written)
attempt("bad value", lambda: setattr(b, "characters_written", "x"))
print(BlockingIOError(11, "x", "name").filename)
print(type(OSError(11, "x", 5)).__name__, OSError(11, "x", 5).characters_written)

e = OSError(2, "m", "f")
e.errno = 99
e.strerror = "changed"
e.filename = "g"
e.filename2 = "h"
print(str(e), e.args)
del e.filename2
print(str(e))
e.filename = None
print(str(e))
del e.errno
print(e.errno, str(e))

attempt("kw", lambda: OSError(2, "x", filename="f"))
attempt("sub kw", lambda: PermissionError(1, "x", name="f"))
print(OSError.__new__(OSError, 2, "x").__class__.__name__)
print(OSError.__new__(OSError, 2, "x").args)
try:
    raise FileExistsError(17, "File exists", "x")
except OSError as err:
    print("caught as OSError:", type(err).__name__, err)
