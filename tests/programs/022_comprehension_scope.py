x = 10
print([x for _ in range(2)])
print([x for x in range(3)], x)
class C:
    y = 5
    items = [i for i in range(3)]
    try:
        bad = [y for _ in range(2)]
    except NameError as e:
        err = str(e)
    first_ok = [i * 2 for i in range(y)]
print(C.items, C.err, C.first_ok)
def f():
    z = 1
    return [z + i for i in range(3)], {z: i for i in range(1)}, list(z * i for i in range(2))
print(f())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print([[i, j] for i in range(2) for j in range(i, 2)])
def nested():
    return [[x * y for y in range(3)] for x in range(3)]
print(nested())
try:
    print(i)
except NameError as e:
    print(type(e).__name__, e)
