# bytes/bytearray/str edge cases: byte ranges, fromhex whitespace, bytearray pickling state,
# subclass results, repeat identity and __bytes__ on a str subclass (CPython 3.11).
import copy
import pickle


def show(label, thunk):
    try:
        print(label, "->", repr(thunk()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)


for T in (bytes, bytearray):
    n = T.__name__
    show(n + ": 2**100 in", lambda: 2 ** 100 in T(b"abc"))
    show(n + ": -1 in", lambda: -1 in T(b"abc"))
    show(n + ".find(2**100)", lambda: T(b"abc").find(2 ** 100))
    show(n + ".count(-2**70)", lambda: T(b"abc").count(-2 ** 70))
    show(n + "([2**100])", lambda: T([2 ** 100]))
    show(n + "([-1])", lambda: T([-1]))
    for h in ["1a 2b", " 1A\n2B\t", "12 \x1f34", "12\x1c34", "\x0b12\x0c"]:
        show(n + ".fromhex(%r)" % h, lambda: T.fromhex(h))

ba = bytearray(b"ab")
show("bytearray __reduce__", lambda: ba.__reduce__())
show("bytearray __reduce_ex__(2)", lambda: ba.__reduce_ex__(2))
show("bytearray __reduce_ex__(3)", lambda: ba.__reduce_ex__(3))
show("empty bytearray __reduce_ex__(4)", lambda: bytearray().__reduce_ex__(4))


class BA(bytearray):
    pass


class BS(bytearray):
    __slots__ = ("x", "y")


b = BA(b"xyz")
b.x = 10
show("subclass __reduce_ex__(2)", lambda: b.__reduce_ex__(2))
show("copy keeps attributes", lambda: copy.copy(b).x)
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    d = pickle.loads(pickle.dumps(b, proto))
    show("pickle protocol %d" % proto, lambda: (type(d).__name__, bytes(d), d.x))
s = BS(b"q")
s.x = 1
show("slots __reduce_ex__(2)", lambda: s.__reduce_ex__(2))


class S(str):
    pass


t = S("hello")
show("S[0:5] exact", lambda: (type(t[0:5]).__name__, t[0:5] is t))
show("S.strip() exact", lambda: (type(t.strip()).__name__, t.strip() is t))
show("S * 1 exact", lambda: (type(t * 1).__name__, t * 1 is t))
a = "abc" * 3
show("str * 1 is itself", lambda: a * 1 is a)
x = b"123abc"
show("bytes * 1 is itself", lambda: x * 1 is x)
show("bytes * 2 is not", lambda: x * 2 is x)


class SB(bytes):
    pass


y = SB(b"12")
show("SubBytes * 1", lambda: (type(y * 1).__name__, y * 1 is y))


class WithBytes(str):
    def __bytes__(self):
        return b"abc"


show("bytes(str subclass with __bytes__)", lambda: bytes(WithBytes("\u20ac")))
show("bytes(str subclass with encoding)", lambda: bytes(WithBytes("\u20ac"), "utf-8"))


class Blocked(bytearray):
    __bytes__ = None


show("bytes(__bytes__ = None)", lambda: bytes(Blocked(b"ab")))
