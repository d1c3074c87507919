# add_note / __notes__.
e = ValueError("v")
print(hasattr(e, "__notes__"))
e.add_note("first")
e.add_note("second\nline")
print(e.__notes__, e.__dict__)
try:
    e.add_note(5)
except TypeError as err:
    print(err)
try:
    e.add_note()
except TypeError as err:
    print(type(err).__name__)
e.__notes__ = ("t",)
try:
    e.add_note("x")
except TypeError as err:
    print(err)
del e.__notes__
e.add_note("again")
print(e.__notes__)
notes = []
e.__notes__ = notes
e.add_note("into mine")
print(notes, e.__notes__ is notes)
class MyList(list):
    pass
e.__notes__ = MyList()
e.add_note("sub")
print(type(e.__notes__).__name__, e.__notes__)

try:
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("while looking up")
        raise
except KeyError as k:
    print(repr(k), k.__notes__)

class WithNotes(Exception):
    def __init__(self, *a):
        super().__init__(*a)
        self.add_note("made by init")
print(WithNotes(1).__notes__)
