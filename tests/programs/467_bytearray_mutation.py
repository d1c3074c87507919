# bytearray mutation: append/extend/insert/pop/remove/reverse/clear/copy, item and slice assignment/deletion, += and *=
def setsl(o, a, b, c, v):
    o[a:b:c] = v
a = bytearray(b"abc")
a.append(100); a.append(0x41)
a.extend(b"xy"); a.extend([1, 2]); a.extend(bytearray(b"!")); a.extend(iter([3])); a.extend(memoryview(b"m"))
print(a, len(a))
a.insert(0, 90); a.insert(-1, 91); a.insert(100, 92); a.insert(-100, 93)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(ord("x")); print(a)
a.reverse(); print(a)
c = a.copy(); a.clear(); print(a, c, c is a, len(a))
b = bytearray(b"0123456789")
b[0] = 65; b[-1] = 66; print(b)
b[1:3] = b"xyz"; print(b)
b[::2] = b"_" * len(b[::2]); print(b)
b[2:2] = [1, 2]; print(b)
b[5:] = b""; print(b)
del b[0]; print(b)
del b[::2]; print(b)
del b[1:3]; print(b)
b[:] = b; print(b)
b[len(b):] = bytearray(b"end"); print(b)
b[1:0] = b"X"; print(b)
b[:] = range(65, 70); print(b)
b[::-1] = b"vwxyz"; print(b)
x = bytearray(b"ab")
y = x
x += b"cd"; x += bytearray(b"e"); x += memoryview(b"f")
print(x, y is x)
x *= 2; print(x, y is x)
x *= 0; print(x, len(x))
z = bytearray(b"ab") * 3; print(z, 2 * bytearray(b"q"), bytearray(b"a") + b"b", type(bytearray(b"a") + b"b").__name__)
print(bytearray(b"HeLLo").lower(), bytearray(b"a,b").split(b","), bytearray(b" x ").strip(), bytearray(b"abc")[1], bytearray(b"abc")[1:],
      bytearray(b"abc").decode(), bytearray(b"ab").hex(), bytearray(b"x").__alloc__() >= 2, bytearray(b"ab") == b"ab", bytearray(b"ab") < b"b")
print(bytearray(b"abc").find(b"c"), bytearray(b"abc").count(97), bytearray(b"a-b").partition(b"-"), bytearray(b"xyz").translate(bytes.maketrans(b"x", b"X")))
print(bytearray(b"ab").__reduce__()[1], list(bytearray(b"ab")), bytearray(b"x") in [b"x"], b"x" in bytearray(b"xy"))
for bad in [lambda: bytearray(b"a").append(256), lambda: bytearray(b"a").append("a"), lambda: bytearray().pop(),
            lambda: bytearray(b"a").pop(5), lambda: bytearray(b"a").remove(9), lambda: bytearray(b"a").insert(5, 300),
            lambda: bytearray(b"a").extend(1), lambda: bytearray(b"a").extend(["a"]), lambda: bytearray(b"a").extend([300]),
            lambda: hash(bytearray()), lambda: setsl(bytearray(b"abc"), 0, 3, 2, b"xyz"),
            lambda: setsl(bytearray(b"abc"), 0, 1, None, 5), lambda: setsl(bytearray(b"abc"), 0, 1, None, "a"),
            lambda: bytearray(b"abc").__setitem__(5, 1), lambda: bytearray(b"abc").__delitem__(5),
            lambda: bytearray(b"abc").__setitem__("a", 1), lambda: bytearray(b"a") + "a", lambda: bytearray(b"abc").__setitem__(0, 256),
            lambda: bytearray(b"a")[5], lambda: bytearray(b"a")["x"], lambda: bytearray("a"), lambda: bytearray(b"x").pop("a")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
v = bytearray(b"abc")
m = memoryview(v)
try:
    v.append(1)
except BufferError as e:
    print("BufferError", e)
v[0] = 120
print(v, m.tobytes())
m.release()
v.append(1)
print(v)
