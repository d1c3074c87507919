def f(a, b=2, c=3):
    return a, b, c
print(f(1), f(1, 5), f(1, c=9), f(a=0, b=0, c=0))
def append(x, acc=[]):
    acc.append(x)
    return acc
print(append(1), append(2), append(3, []))
def g(a, b=None):
    if b is None:
        b = []
    b.append(a)
    return b
print(g(1), g(2))
N = 5
def h(x=N):
    return x
N = 6
print(h(), f.__defaults__, h.__defaults__)
def k(*, a=1, b):
    return a, b
print(k(b=2), k.__kwdefaults__)
try:
    f()
except TypeError as e:
    print(e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    f(1, a=2)
except TypeError as e:
    print(e)
try:
    f(1, d=2)
except TypeError as e:
    print(e)
