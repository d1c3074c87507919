l = [1, 2, 3, 4]
for x in l:
    if x == 2:
        l.remove(x)
print(l)
l = [1, 2]
count = 0
for x in l:
    if count < 3:
        l.append(x)
    count += 1
print(l, count)
d = {1: 1, 2: 2}
try:
    for k in d:
        d[k + 10] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = "values change ok"
print(d)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2, 3: 3}
try:
    for k in d:
        del d[k]
        d[k + 100] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(len(d))
d = {1: 1}
it = iter(d)
d.pop(1)
d[2] = 2
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
it = iter(l)
next(it)
l.clear()
print(list(it))
