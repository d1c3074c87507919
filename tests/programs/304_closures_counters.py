def make_accumulators():
    total = 0
    history = []
    def add(x):
        nonlocal total
        total += x
        history.append(x)
        return total
    def undo():
        nonlocal total
        total -= history.pop()
        return total
    def state():
        return total, list(history)
    return add, undo, state
add, undo, state = make_accumulators()
add(5); add(10); add(-3)
print(state(), undo(), state())
def memoize(f):
    cache = {}
    def wrapper(n):
        if n not in cache:
            cache[n] = f(n)
        return cache[n]
    wrapper.cache = cache
    return wrapper
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), len(fib.cache))
def adders():
    return {name: (lambda x, k=k: x + k) for name, k in (("one", 1), ("ten", 10))}
a = adders()
print(a["one"](5), a["ten"](5))
def curry(f, *args):
    def inner(*more):
        return f(*args, *more)
    return inner
print(curry(curry(lambda a, b, c: a * 100 + b * 10 + c, 1), 2)(3))
