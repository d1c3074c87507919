e = ValueError("base")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), repr(e))
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added while handling")
        raise
except KeyError as k:
    print(k.__notes__)
f = TypeError()
print(hasattr(f, "__notes__"))
f.__notes__ = ["manual"]
f.add_note("appended")
print(f.__notes__)
g = RuntimeError()
g.__notes__ = "not a list"
try:
    g.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
