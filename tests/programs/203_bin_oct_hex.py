for n in (0, 1, 7, 8, 255, 256, -1, -255, 2 ** 64, -(2 ** 64) + 1, True):
    print(n, bin(n), oct(n), hex(n), format(n, "b"), format(n, "#o"), format(n, "X"), format(n, "#x"))
class I:
    def __index__(self): return 42
print(bin(I()), oct(I()), hex(I()))
for bad in (1.5, "1", None):
    try:
        hex(bad)
    except TypeError as e:
        print(type(e).__name__, e)
print(int(bin(12345), 2), int(oct(12345), 8), int(hex(12345), 16), int(hex(-12345), 0))
