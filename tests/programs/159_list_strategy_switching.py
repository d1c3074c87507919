l = list(range(10))
total = 0
for i in range(len(l)):
    total += l[i]
l.append(2.5)
for x in l:
    total += x
l.append("s")
l[0] = None
print(total, l, l.index(2.5), "s" in l, 3 in l, 2.5 in l, None in l)
floats = [0.5 * i for i in range(8)]
floats[3] = 7
print(floats, sum(floats), floats.count(7), floats.index(7.0), 7.0 in floats, sorted(floats)[-2:])
mixed = [1, 1.0, True, 1 + 0j]
print(mixed.count(1), mixed.index(True), [type(v).__name__ for v in mixed], len(set(mixed)))
big = [2 ** 62, 2 ** 62]
big[0] *= 4
big.append(-big[1])
print(big, sum(big), max(big), sorted(big))
acc = []
for i in range(2000):
    if i == 1000:
        acc.append("switch")
    else:
        acc.append(i % 7)
print(len(acc), acc[998:1003], acc.count(0), acc.index("switch"))
strs = ["b", "a"]
strs += [3]
try:
    strs.sort()
except TypeError as e:
    print(type(e).__name__, e)
d = [0] * 5
d[2:4] = [1.5, "x", None]
print(d, d * 2 == d + d, d[::-1])
