# int formatting: every presentation type, flags, widths, grouping, big ints, bool and subclasses
values = [0, 1, -1, 7, -42, 255, 1000, -65536, 123456789, 2**31, -2**63, 2**64 + 1, 10**25, -(10**30) - 7, 3**100]
specs = ["", "d", "5", "<8", ">8", "^9", "=+10", "+", "-", " ", "b", "#b", "o", "#o", "x", "#x", "X", "#X",
         "010", "#010x", "_", ",", "_x", "_b", "#_o", "015,d", "015_", "n", "*^12,", "0=12", "+#012X", " 08,", "_X"]
for v in values:
    print(" | ".join(format(v, s) for s in specs))
print([format(c, "c") for c in (65, 0x263A, 0x1F600, 10)], format(97, "^5c"), format(0x41, "*>3c"))
print(format(True, ""), format(True, "d"), format(False, "x"), format(True, "^5"), format(True, ".2f"))
for v in (1, -1, 0, 12345):
    print(format(v, "e"), format(v, ".2f"), format(v, "%"), format(v, "g"), format(v, "G"), format(v, ".3E"))
print(format(2**80, ".3e"), format(-2**80, ",.2f"), format(10**20, "g"))
