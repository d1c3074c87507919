def counter_factory():
    count = 0
    def inc(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, reset
inc, reset = counter_factory()
print(inc(), inc(5), reset(), inc())
def outer():
    x = 1
    def mid():
        x = 2
        def inner():
            nonlocal x
            x += 1
            return x
        return inner(), x
    return mid(), x
print(outer())
def loop_nonlocal():
    total = 0
    def add_all(items):
        nonlocal total
        for total in items:
            pass
    add_all([1, 2, 3])
    return total
print(loop_nonlocal())
def in_comprehension():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return [bump() for _ in range(3)], n
print(in_comprehension())
def class_nonlocal():
    v = "before"
    class C:
        nonlocal v
        v = "set in class"
    return v
print(class_nonlocal())
