# str.format errors: CPython 3.11's messages, raised at the point CPython raises them
tmpls = ["{0[}]}", "{0!}", "{0!rr}", "{", "}", "a}b", "{0:{1:{2}}}", "{:{}}", "{0:{}}", "{0.}", "{0[]}",
         "{0]}", "{0[0]x}", "{a{}", "{!x}", "{!\x01}", "{}{", "{0.a[0}", "{5}", "{x}", "{0}{}", "{}{0}",
         "{0[1]}", "{0.nope}", "{99999999999999999999}", "{0[99999999999999999999]}", "{0:{1}", "{0!r",
         "{!}", "{:d}", "{0:z}"]
for t in tmpls:
    try:
        print(repr(t), repr(t.format({"}": 5, ":": 6, "!": 7, 0: 8}, "s", 3)))
    except (ValueError, TypeError, KeyError, IndexError, AttributeError) as e:
        print(repr(t), type(e).__name__, e)
for t, m in [("{0}", {}), ("{}", {}), ("{a}", {}), ("{a[x]}", {"a": {}})]:
    try:
        print(t.format_map(m))
    except (ValueError, KeyError) as e:
        print(repr(t), type(e).__name__, e)
try:
    "{}".format_map()
except TypeError as e:
    print("TypeError", e)
try:
    "{}".format_map([1])
except ValueError as e:
    print("ValueError", e)
