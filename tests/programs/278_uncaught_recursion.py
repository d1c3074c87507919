def recurse(n):
    return recurse(n + 1) + 1
print("recursing")
recurse(0)
