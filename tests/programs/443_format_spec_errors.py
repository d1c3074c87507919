# every format-spec error CPython 3.11 reports, letter for letter
cases = [(1, "x5"), (1, ".2d"), (1.0, "d"), (1, "=s"), ("a", "=5"), ("a", "+"), ("a", " "), ("a", "#"),
         ("a", ","), (1, ",n"), (1, "_n"), (1, ",_"), (1, "_,"), (1, ",c"), (1, "+c"), (1, "#c"),
         (1.0, "."), (1.0, ".f"), (1, "<<<"), (1, "99999999999999999999"), (1.0, ".99999999999999999999"),
         (1, "z"), (1, "zd"), ("a", "z"), (1.0, "#,x"), (1, "_s"), (1, ",x"), (1.0, "c"), (1.0, "x"),
         (object(), "x"), (1, "\x00"), (1, "é"), (1, "ss"), ("a", ".2d"), (1, ".2n"), (True, "s"),
         (12345.678, ",n"), (1, "c" * 3), (-1, "c"), (0x110000, "c"), (2**70, "c"), ([], "5"), (None, "x"),
         (1.0, "%%"), (1.5, "_b"), ("s", "_"), (1, "z+"), (1.0, "#,_"), (1, ".x"), ("x", "\U0001F600")]
for v, s in cases:
    try:
        r = format(v, s)
        print(repr(s), "->", repr(r))
    except (ValueError, TypeError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
for bad in (1, None, 2.5):
    try:
        format(1, bad)
    except TypeError as e:
        print("TypeError", e)
try:
    (1).__format__(5)
except TypeError as e:
    print("TypeError", e)
try:
    object().__format__(5)
except TypeError as e:
    print("TypeError", e)
