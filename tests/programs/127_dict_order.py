d = {}
for k in [5, 3, 9, 1, "x", (1, 2), 2.5]:
    d[k] = str(k)
print(d)
del d[9]
d[9] = "re-added goes last"
print(list(d))
d[3] = "update keeps position"
print(list(d.items())[:2])
big = {i: i * i for i in range(1000)}
for i in range(0, 1000, 3):
    del big[i]
for i in range(0, 30, 3):
    big[i] = -i
print(list(big)[:10], list(big)[-10:], len(big))
print({1: "a", True: "b", 1.0: "c"})
m = {"b": 1, "a": 2}
m.update({"c": 3, "b": 4})
print(m, dict(sorted(m.items())), {**m, "a": 0})
print({k: None for k in (3, 1, 2)}, dict.fromkeys((3, 1, 3, 2)))
print(m | {"z": 0}, {"z": 0} | m)
x = {}
x[-1] = 0; x[-2] = 0; x[2 ** 64] = 0; x[0.5] = 0
print(x, x.popitem(), x)
