a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, *b), {*a, *b}, [*"xy", *range(2)])
print({**{"a": 1}, **dict(b=2)}, {"k": 0, **{"k": 1}})
print(*a, *b, sep="|")
print(*[], "only")
x = *a, *b
print(x)
for e in *a, 9:
    print(e, end=" ")
print()
def f(*args):
    return args
print(f(*a, 0, *b), f(*(), *[]))
print([*{"z": 1, "a": 2}], [*{3: None, 1: None}.keys()])
try:
    [*5]
except TypeError as e:
    print(e)
try:
    {**[1]}
except TypeError as e:
    print(e)
print(max(*[3, 9, 4]), min(*"hello"))
