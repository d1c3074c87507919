for s, base in (("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("101", 2),
                ("z", 36), ("Z", 36), ("  42  ", 10), ("-17", 10), ("+8", 10), ("1_000", 10), ("0_0", 0),
                ("10", 3), ("123", 0), ("0", 0), ("00", 0), ("\u0661\u0662", 10)):
    print(repr(s), base, int(s, base))
for s, base in (("", 10), ("1.5", 10), ("0x", 16), ("12", 2), ("09", 0), ("1__0", 10), ("_1", 10), ("ff", 10), ("1", 37), ("1", 1)):
    try:
        int(s, base)
    except ValueError as e:
        print(type(e).__name__, e)
print(bin(10), oct(10), hex(255), bin(-10), oct(-8), hex(-255), bin(0), hex(0))
print(hex(2 ** 70), bin(2 ** 70 - 1).count("1"))
print(int("1" * 50, 2), int("z" * 20, 36))
print(str(-0), str(12345678901234567890), repr(-99))
try:
    int("1", base=5.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(5, 10)
except TypeError as e:
    print(type(e).__name__, e)
print(int(b"42"), int(bytearray(b"7")), int(" \t12\n"), int("٣"))
