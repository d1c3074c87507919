counts = {}
for v in [True, 1, 1.0, False, 0, 0.0, 1j * 0]:
    counts[v] = counts.get(v, 0) + 1
print(counts)
print([True] * 3, True * "ab", ["x", "y"][True], (10, 20)[False], "abc"[True:])
print(sum(x > 2 for x in range(6)), max(True, 0.5), True + 0.5, True ** 10, 10 ** True, divmod(True, 2))
print(str(True + True), bin(True), hex(True), f"{True:d}", f"{True:5}", f"{True!s:>6}", f"{True:.1f}")
print(int.__add__(True, True), bool.__and__(True, False), bool.__or__(True, 1), type(bool.__or__(True, 1)).__name__)
