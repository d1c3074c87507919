# bytes % args: conversions, flags, width/precision, mappings and errors
print(b"%s is %d (%x) %r" % (b"val", 42, 255, b"q"), b"%c%c" % (65, b"B"), b"%b|%s" % (bytearray(b"ba"), memoryview(b"mv")))
print(b"%(a)s-%(b)05d" % {b"a": b"x", b"b": -3}, b"%-5s|%5s|%.1s|" % (b"ab", b"cd", b"ef"), b"%#o %#x %#X %+d % d %.3d %5.3d" % (8, 255, 255, 5, 5, 7, -7))
print(b"%i %u %o %x %X" % (-10, 10, -8, -255, 3054), b"%d %d" % (True, 2 ** 70), b"%x" % (2 ** 70), b"%-6d|%06d|%+06d" % (42, -42, 42))
print(b"%f %.2f %e %.3E %g %G %10.4f %-10.2e|" % (3.14159, 2.675, 12345.678, 0.00012, 1e20, 1e-10, 2.5, 1234.5))
print(b"%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159), b"%%d %s%%" % (b"x",), b"%a %r" % ("\xe9", "\u20ac"), b"%s" % b"", b"" % ())
print(b"%5c|%-3c|" % (b"x", 65), b"%d" % 3.99, b"%.0f %.0f" % (0.5, 1.5), b"%s" % (b"tuple",), b"no args" % {}, bytearray(b"%d-%d") % (1, 2))
class HasBytes:
    def __bytes__(self):
        return b"HB"
print(b"%s" % HasBytes(), b"%b" % HasBytes())
for bad in [lambda: b"%d" % b"x", lambda: b"%s" % "x", lambda: b"%d %d" % (1,), lambda: b"%d" % (1, 2),
            lambda: b"%" % 1, lambda: b"%c" % 300, lambda: b"%c" % b"ab", lambda: b"%x" % 1.5, lambda: b"%(a)s" % (1,),
            lambda: b"%f" % "x", lambda: b"%*d" % ("a", 1), lambda: b"%(a" % {b"a": 1}, lambda: b"x" % 5, lambda: b"%(k)s" % {b"j": 1}]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
