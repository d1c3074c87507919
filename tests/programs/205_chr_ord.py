print([chr(i) for i in range(65, 91, 5)], [ord(c) for c in "Hi!"], chr(0), repr(chr(127)), chr(233), chr(8364), chr(128512))
print(ord("\U0010FFFF"), ord(b"A"), ord(bytearray(b"z")), chr(ord("a") + 1), "".join(chr(ord(c) ^ 32) for c in "Hello"))
for bad in (lambda: chr(-1), lambda: chr(0x110000), lambda: chr("a"), lambda: chr(1.5), lambda: ord("ab"), lambda: ord(b"ab"), lambda: ord(1)):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
class I:
    def __index__(self): return 97
print(chr(I()))
