ba = bytearray(b"hello")
ba[0] = 72
ba.append(33)
ba.extend(b" more")
ba += b"!"
print(ba, len(ba), ba[0], ba[-1])
ba.insert(0, 62)
print(ba.pop(), ba.pop(0), ba)
ba.remove(ord("l"))
print(ba, ba.find(b"o"), ba.count(b"o"))
ba[1:3] = b"EEEE"
print(ba)
del ba[::2]
print(ba)
ba.reverse()
print(ba, ba.upper(), ba.replace(b"E", b"e"))
ba2 = bytearray(3)
print(ba2, bytearray(b"abc") * 2, bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray.fromhex("ff 00"))
c = ba.copy()
c.clear()
print(c, ba == ba.copy(), repr(bytearray(b"'\"")))
for bad in (lambda: ba.__setitem__(0, 256), lambda: ba.remove(200), lambda: bytearray().pop(), lambda: ba.__setitem__(0, "a"), lambda: hash(ba), lambda: ba.extend([300])):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
x = bytearray(b"abcdef")
x[1:4] = []
print(x)
x[::2] = b"XY"
print(x)
try:
    x[::2] = b"XYZ"
except ValueError as e:
    print(type(e).__name__, e)
x *= 2
print(x, x.strip(b"X"), x.decode(), x.split(b"Y"), x.hex(), x.isalpha())
