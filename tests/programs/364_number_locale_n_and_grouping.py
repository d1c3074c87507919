for v in (1234567, -1234567.891, 0.5, 1e21, 12345.6789):
    print(format(v, "n"), format(v, ","), format(v, "_"), format(v, ",.2f") if isinstance(v, float) else format(v, ",d"), format(v, "_.3e") if isinstance(v, float) else format(v, "_x"))
print(format(123456789, "020,"), format(-123456789, "020,"), format(123456789.5, "020,.1f"), format(1234, "0=+10,"))
print(format(12345678901234567890, ","), format(1e6, ",g"), format(1e5, ",.0f"), format(0.1234, ",.2%"))
