import os
import tempfile
with tempfile.TemporaryDirectory() as d:
    missing = os.path.join(d, "nope")
    for fn in (lambda: open(missing), lambda: os.remove(missing), lambda: os.listdir(missing), lambda: os.mkdir(d), lambda: open(d)):
        try:
            fn()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename == missing or e.filename == d, isinstance(e, OSError))
    try:
        os.rename(missing, os.path.join(d, "other"))
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename2 is not None)
e = FileNotFoundError(2, "No such file or directory", "x.txt")
print(str(e), repr(e))
e = OSError(2, "msg")
print(type(e).__name__, str(e))
print(PermissionError.__mro__[1].__name__, BlockingIOError(11, "again").characters_written if False else "ok")
