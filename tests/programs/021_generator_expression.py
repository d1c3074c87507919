g = (x * 2 for x in range(5))
print(type(g).__name__)
print(next(g), next(g), list(g), list(g))
print(sum(x for x in range(101)))
print(max((len(w), w) for w in ["aa", "b", "cccc"]))
print(list((x, y) for x in "ab" for y in (1, 2)))
def first_iter_evaluated_eagerly():
    try:
        gen = (x for x in 5)
    except TypeError as e:
        print("eager:", e)
first_iter_evaluated_eagerly()
lazy = (1 / x for x in [1, 0])
print(next(lazy))
try:
    next(lazy)
except ZeroDivisionError as e:
    print("lazy:", e)
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print("".join(str(i) for i in range(5)))
