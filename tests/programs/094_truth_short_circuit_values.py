def v(x):
    print("eval", repr(x))
    return x
print(v(0) or v("") or v(None))
print(v(1) and v([]) and v("never"))
print(v([]) or v([1]) and v("both"))
x = v(None) or "default"
print(x)
print(all([]), any([]), all([1, 0]), any([0, "a"]))
print(all(v(i) for i in [1, 0, 2]))
print(any(v(i) for i in [0, 3, 0]))
print(min([], default="empty"), max([], default=None))
