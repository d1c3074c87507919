for i in range(3):
    pass
print(i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print(e)
def f():
    for k in range(5):
        if k == 2:
            break
    return k
print(f())
x = [10, 20]
for x[0] in range(3):
    pass
print(x)
class O:
    pass
o = O()
for o.attr in "ab":
    pass
print(o.attr)
d = {}
for d["key"], d["other"] in [(1, 2), (3, 4)]:
    pass
print(d)
n = 0
while (n := n + 1) < 5:
    pass
print(n)
