import_math = None
vals = [1e15, 1e16, 1e17, 123456789012345678.0, 0.0001, 0.00001, 1.0e-4, 9.999999999999999e-5, 1e-05, 12345.6789e-10,
        float(2 ** 53), float(2 ** 63), float(2 ** 64) * 1000, 1.0 / 1024, 1 / 3e10, 7e-310, 1e308 * 1.7]
for v in vals:
    print(str(v), repr(v), f"{v}", "%s" % v, "%r" % v, format(v, ""), format(v, "g"), "%g" % v, "%.17g" % v)
