n = 1234567
specs = ["", "d", "10d", "<10d", ">10", "^10", "*^12", "010", "+", " ", "-", "+10", "=+10", "0=10", ",", "_", "10,", "+,",
         "b", "#b", "o", "#o", "x", "#x", "X", "#X", "_b", "_x", "#_x", "c" if False else "n", "e", ".2e", "f", ".3f", "g", "%", ".1%", "E", "G", "08.2f", "#010x"]
for s in specs:
    print(repr(s), repr(format(n, s)), repr(format(-n, s)))
print(format(65, "c"), format(0x1F600, "c"), format(0, "#b"), format(0, "#x"), format(255, "#010b"), format(-255, "#010b"))
print(format(2 ** 100, ","), format(-2 ** 70, "_x"), format(10 ** 20, "e"), format(10 ** 30, ".3g"), format(5, "+.2f"))
for bad in ("c,", ",b", ".2d", "=s", "z", "#c", "+c"):
    try:
        print(format(65, bad))
    except ValueError as e:
        print(repr(bad), type(e).__name__, e)
try:
    format(-1, "c")
except (ValueError, OverflowError) as e:
    print(type(e).__name__, e)
