print(1 and 2, 0 and 2, 1 or 2, 0 or 2, None or "x", "" or 0 or [] or "last")
print(not 0, not 1, not "", not [0], not None)
def t(v, name):
    print("eval", name)
    return v
print(t(0, "a") and t(1, "b"))
print(t(1, "a") or t(1, "b"))
print(t(1, "a") and t(0, "b") or t(2, "c"))
print([] or {} or () or "", [0] and (0,))
x = 3
print(x > 1 and x < 5, x < 1 or x == 3)
print(True + True, True * 10, False - 1, True / 2, ~True)
