e = "outer value"
try:
    raise ValueError("x")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("deleted after except:", err)
def f():
    err = None
    try:
        1 / 0
    except ZeroDivisionError as err:
        saved = err
    return saved, "err" in locals()
s, present = f()
print(type(s).__name__, present)
try:
    raise KeyError("k")
except (KeyError, IndexError) as exc:
    print(type(exc).__name__)
for i in range(2):
    try:
        if i:
            raise TypeError(i)
    except TypeError as loop_e:
        print("loop", loop_e)
