x = 5
print(1 < x < 10, 1 < x > 10, 1 < 2 < 3 < 4, 3 > 2 == 2 > 1)
print(1 == 1.0, x is not None, "a" < "b" < "c", [1, 2] < [1, 3])
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(0) < f(5))
print(calls)
print((1, 2) == (1, 2), (1, 2) < (1, 2, 0), () < (0,), "abc" < "abd", "Z" < "a")
print(1 < 2.5 <= 2.5 != 3, None == None, None != 0)
print(x in [1, 5], x not in (1, 2), "b" in "abc", "" in "abc")
print(not 1 == 2, not (1 < 2))
