def none_implicit():
    pass
def none_explicit():
    return
def multi():
    return 1, "two", [3]
def early(x):
    if x:
        return "early"
    return "late"
print(none_implicit(), none_explicit(), multi(), early(1), early(0))
a, b, c = multi()
print(a, b, c)
def nested_return():
    for i in range(10):
        for j in range(10):
            if i * j == 12:
                return i, j
print(nested_return())
def return_in_try():
    try:
        return "try"
    except Exception:
        return "except"
print(return_in_try())
def return_lambda():
    return lambda: "from lambda"
print(return_lambda()())
def gen_return():
    return (x for x in range(2))
print(list(gen_return()))
