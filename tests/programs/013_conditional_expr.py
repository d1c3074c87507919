for x in (-1, 0, 1):
    print("neg" if x < 0 else "zero" if x == 0 else "pos")
print([i if i % 2 else -i for i in range(6)])
f = (lambda: "a") if True else (lambda: "b")
print(f())
print(1 if [] else 2, "y" if "0" else "n")
def side(v):
    print("side", v)
    return v
print(side(1) if side(0) else side(2))
