x = 1
del x
try:
    x
except NameError as e:
    print(e)
l = list(range(10))
del l[0]
del l[-1]
del l[2:4]
del l[::2]
print(l)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class C:
    pass
c = C()
c.a = 1
c.b = 2
del c.a
print(vars(c))
a, b = 1, 2
del a, b
try:
    print(a)
except NameError as e:
    print(e)
def f():
    y = 1
    del y
    try:
        return y
    except UnboundLocalError as e:
        return str(e)
print(f())
try:
    del (1, 2)[0]
except TypeError as e:
    print(e)
m = [[1, 2], [3, 4]]
del m[1][0], m[0]
print(m)
