print(all([]), all([1, "x", [0]]), all([1, 0, 1]), all(""), all("abc"), all({0: 1}), all(range(1, 5)))
print(any([]), any([0, "", None]), any([0, 2]), any("x"), any(iter([])), any({0: 1}), any(range(1)))
def noisy(vals):
    for v in vals:
        print("yield", v)
        yield v
print(all(noisy([1, 0, 1])))
print(any(noisy([0, 5, 0])))
try:
    all(5)
except TypeError as e:
    print(type(e).__name__, e)
print(all(x < 10 for x in range(10)), any(x > 8 for x in range(10)), all([[]] * 0), any([[]]))
