state = 99
def lcg():
    global state
    state = (state * 1103515245 + 12345) % 2 ** 31
    return state
d = {}
for step in range(4000):
    k = lcg() % 300
    op = lcg() % 4
    if op == 0 and k in d:
        del d[k]
    elif op == 1:
        d.pop(k, None)
    else:
        d[k] = step
    if step % 800 == 799:
        items = list(d.items())
        print(len(d), items[:6], items[-3:])
keys = list(d)
for k in keys[::2]:
    del d[k]
print(list(d)[:10], len(d))
d.update({k: -k for k in range(1000, 1010)})
print(list(d)[-12:])
print(list(reversed(d))[:5], next(iter(d.values())), d.popitem())
