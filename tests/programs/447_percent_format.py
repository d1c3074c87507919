# printf-style str % args: every conversion, flags, widths, precision, *, mapping keys
print("%d %i %u %5d|%-5d|%05d|%+d|% d|%+05d" % (1, -2, 3, 4, 5, 6, 7, 8, -9))
print("%x %X %#x %#X %o %#o %#08x %-#8o| %+#x %.5x %#.5o" % (255, 255, 255, 255, 8, 8, 255, 8, -1, 31, 8))
print("%f %.2f %10.3f|%-10.1f|%010.2f %+.1e %E %g %G %#g %#.0f %.0e" % (3.14159, 2.675, -1.5, 2.25, -3.5, 12345.678, 1e-10, 1e16, 1e-5, 1.0, 2.0, 5e10))
print("%F %f %e %g %+f % f" % (float("inf"), float("nan"), float("-inf"), float("nan"), float("inf"), float("inf")))
print("%s %r %a %s %r" % ("é", "é", "é", None, [1, "x"]), "%.3s|%5s|%-5s|%5.1s|" % ("abcdef", "ab", "ab", "xyz"))
print("%c%c%c %3c|%-3c|" % (72, "i", 0x1F600, "a", 66), "%%" % (), "100%%" % ())
print("%(name)s is %(age)d, %(name)r %(x)05.1f" % {"name": "Ann", "age": 30, "x": 2.25})
print("%*d|%-*d|%.*f|%*.*f|%*s|" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828, -4, "a"))
print("%s" % ((1, 2),), "%s" % [1, 2], "%s %s" % (1, 2), "ab" % [1], "ab" % {"a": 1}, "%s" % {"k": 1})
print("%d %d %x %o %X" % (10**30, -10**30, 10**30, -10**30, 2**70), "%d %x" % (True, False))
print("%d %i %x" % (3.9, -3.9, 255) if False else "%d %i" % (3.9, -3.9), "%s %d" % (1.5, 2.0))
print("%ld %hd %Lf" % (5, 6, 1.5), "%-+6d|% 06.1f|%-010s|" % (7, 2.5, "z"), "%#5x|%-#7X|%#05o|" % (10, 10, 10))
class R:
    def __repr__(self):
        return "R<é>"
    def __str__(self):
        return "r-str"
    def __index__(self):
        return 77
print("%s %r %a %x %c %d" % (R(), R(), R(), R(), R(), R()))
print("%(a)s %(a)s %(b)s" % {"a": 1, "b": 2}, "%()s" % {"": "empty"}, "%(a(b))s" % {"a(b)": "nested"})
