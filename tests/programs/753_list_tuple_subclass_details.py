# list/tuple details: empty extended-slice deletion, subclasses overriding __iter__, keyword
# arguments through a subclass's __new__, comparison of lists mutated by __eq__, repetition
# identity, type.__itemsize__ (CPython 3.11).


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for start, stop, step in [(0, 1, -1), (8, 1, -3), (None, None, -2), (3, 3, 2), (1, 0, 1)]:
    L = list(range(10))
    del L[start:stop:step]
    b = bytearray(range(10))
    del b[start:stop:step]
    print("del [%s:%s:%s]" % (start, stop, step), L, list(b) == L)

b = bytearray(range(10))
b[1:-1:2] = b""
show("bytearray extended slice = b''", lambda: b)
m = memoryview(b)
show("same while exported", lambda: b.__setitem__(slice(1, -1, 2), b""))
m.release()
show("size mismatch", lambda: b.__setitem__(slice(1, -1, 2), b"xy"))


class LyingList(list):
    def __iter__(self):
        yield 1


class LyingTuple(tuple):
    def __iter__(self):
        yield 1


show("list(LyingList([2]))", lambda: list(LyingList([2])))
show("tuple(LyingList([2]))", lambda: tuple(LyingList([2])))
show("list(LyingTuple((2,)))", lambda: list(LyingTuple((2,))))
show("[].extend(LyingList([2]))", lambda: (lambda l: (l.extend(LyingList([2])), l)[1])([]))


class WithNew(list):
    def __new__(cls, seq, newarg=None):
        self = super().__new__(cls, seq)
        self.newarg = newarg
        return self


u = WithNew([1, 2], newarg=3)
show("subclass __new__ with keyword", lambda: (list(u), u.newarg))
show("list([1], x=2)", lambda: list([1], x=2))


class Plain(list):
    pass


show("Plain([1], x=2)", lambda: Plain([1], x=2))
show("WithNew([1], [2], newarg=1)", lambda: WithNew([1], [2], newarg=1))


class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented


class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented


class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented


list1, list2 = [X()], [Y()]
show("lists emptied during ==", lambda: list1 == list2)
list3 = [Z()]
show("one emptied, other not", lambda: list3 == [1])
show("ordering", lambda: ([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [2] > [1, 9]))


class T(tuple):
    pass


t = T((0, 1))
show("tuple subclass * 1", lambda: (type(t * 1).__name__, t * 1 is t))
plain = (0, 1)
show("tuple * 1 is itself", lambda: plain * 1 is plain)
show("__itemsize__", lambda: [c.__itemsize__ for c in (object, int, bool, tuple, bytes, bytearray, str, list, type)])
