print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (1, 2, 3, 4, 5))
print("%x %X %#x %#X %o %#o" % (255, 255, 255, 255, 8, 8), "%e %E %.2e" % (12345.678, 0.000123, 1e100))
print("%f %.2f %10.3f %-10.1f| %+.0f %F" % (3.14159, 2.675, -1.5, 2.25, 2.5, float("inf")))
print("%g %G %g %g %.3g %#g" % (0.0001, 1e-10, 123456789, 1e16, 3.14159, 1.0))
print("%s %r %a" % ("é", "é", "é"), "%s" % None, "%s %s" % (1, [2]), "%c%c%c" % (72, "i", 0x1F600))
print("%(name)s is %(age)d, %(name)r" % {"name": "Ann", "age": 30}, "%%literal%%" % (), "%5s|%-5s|%.2s" % ("ab", "cd", "efgh"))
print("%*d|%-*d|%.*f" % (5, 42, 4, 7, 2, 3.14159), "%d" % 3.99, "%x" % -255, "%o" % -8, "%.3s" % "abcdef")
print("%s" % (1,), "%s" % ((1, 2),), "%s" % [1, 2], "%d items" % True, "%.1f%%" % 99.5, "%i" % 2 ** 70)
print(b"%s %d %x %c %r %a" % (b"b", 1, 255, 65, b"x", "é"), b"%5.1f" % 2.25, b"%(k)s" % {b"k": b"v"})
for fmt, args in (("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", 1.5), ("%c", "ab"), ("%x", 1.5), ("%d", []), ("%(a)s %s", {"a": 1}), ("%", ()), ("%.f", 1)):
    try:
        print(repr(fmt), repr(fmt % args))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(repr(fmt), type(e).__name__, e)
