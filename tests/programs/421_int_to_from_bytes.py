# int.to_bytes / int.from_bytes: every argument form and message.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

show("default", lambda: (5).to_bytes())
show("2 big", lambda: (5).to_bytes(2, "big"))
show("2 little", lambda: (5).to_bytes(2, "little"))
show("kw", lambda: (1000).to_bytes(length=4, byteorder="little"))
show("signed -1", lambda: (-1).to_bytes(2, "big", signed=True))
show("signed -128", lambda: (-128).to_bytes(1, "big", signed=True))
show("signed 127", lambda: (127).to_bytes(1, "big", signed=True))
show("signed 128", lambda: (128).to_bytes(1, signed=True))
show("signed -129", lambda: (-129).to_bytes(1, signed=True))
show("too big", lambda: (256).to_bytes(1, "big"))
show("negative unsigned", lambda: (-1).to_bytes(1, "big"))
show("negative length", lambda: (5).to_bytes(-1, "big"))
show("bad order", lambda: (5).to_bytes(1, "mid"))
show("order type", lambda: (5).to_bytes(1, 2))
show("length type", lambda: (5).to_bytes(1.0))
show("zero len", lambda: (0).to_bytes(0))
show("one in zero", lambda: (1).to_bytes(0))
show("too many", lambda: (1).to_bytes(1, "big", True))
show("bad kw", lambda: (1).to_bytes(1, "big", sign=True))
show("big", lambda: (2**64).to_bytes(9, "little"))
show("big signed", lambda: (-(2**64)).to_bytes(9, "big", signed=True))
show("bool", lambda: True.to_bytes(2, "big"))

show("from big", lambda: int.from_bytes(b"\x01\x00", "big"))
show("from little", lambda: int.from_bytes(b"\x01\x00", "little"))
show("from default", lambda: int.from_bytes(b"\x01\x00"))
show("from signed", lambda: int.from_bytes(b"\xff\xfe", "big", signed=True))
show("from unsigned", lambda: int.from_bytes(b"\xff\xfe", "big"))
show("from empty", lambda: int.from_bytes(b""))
show("from empty signed", lambda: int.from_bytes(b"", signed=True))
show("from list", lambda: int.from_bytes([1, 2, 3], "big"))
show("from tuple", lambda: int.from_bytes((255,), "little", signed=True))
show("from bytearray", lambda: int.from_bytes(bytearray(b"\x00\x80"), "big", signed=True))
show("from kw", lambda: int.from_bytes(bytes=b"\x02", byteorder="big"))
show("from int", lambda: int.from_bytes(1))
show("from str", lambda: int.from_bytes("ab"))
show("from range", lambda: int.from_bytes([256]))
show("from neg", lambda: int.from_bytes([-1]))
show("from item type", lambda: int.from_bytes(["a"]))
show("from order", lambda: int.from_bytes(b"a", "x"))
show("from none", lambda: int.from_bytes())
show("bool from", lambda: bool.from_bytes(b"\x00\x01"))
show("bool from 0", lambda: bool.from_bytes(b"\x00"))

class MyInt(int):
    pass
r = MyInt.from_bytes(b"\x05", "big")
print(type(r).__name__, r)
for n in [0, 1, 127, 128, 255, 256, -1, -128, -129, 2**100, -(2**100)]:
    length = (n.bit_length() + 8) // 8
    data = n.to_bytes(length, "big", signed=True)
    print(n, length, list(data), int.from_bytes(data, "big", signed=True) == n,
          int.from_bytes(n.to_bytes(length, "little", signed=True), "little", signed=True) == n)

# int() from bytes-likes
show("int() bytes", lambda: int(b"  42 "))
show("int() bytes base", lambda: int(b"ff", 16))
show("int() bytes bad", lambda: int(b"4x2"))
show("int() bytearray", lambda: int(bytearray(b"-7")))
show("int() bytearray base", lambda: int(bytearray(b"0o17"), 0))
