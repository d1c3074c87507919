s = "text"
for spec in ["", "10", "<10", ">10", "^10", "*^11", "-<8", ".2", "10.2", ">10.3", "s", "^3", "1", "\u00b7^9"]:
    print(repr(spec), repr(format(s, spec)))
print(repr(format("", "5")), repr(format("日本", "^6")), repr(format("😀", "*>3")))
for bad in ("d", "=10", "+", "010", ",", "#"):
    try:
        format(s, bad)
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
print("{:>{}}|{:{}<{}}|".format("a", 4, "b", "-", 5), "{0:{1}{2}}".format(3.14159, ".", "2f"))
