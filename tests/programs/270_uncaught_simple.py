def divide(a, b):
    return a / b
def compute(values):
    total = 0
    for v in values:
        total += divide(100, v)
    return total
print("starting")
print(compute([1, 2, 4]))
print(compute([5, 0]))
print("never printed")
