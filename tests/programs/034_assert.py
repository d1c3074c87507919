assert True
assert 1 == 1, "never"
try:
    assert 1 == 2
except AssertionError as e:
    print(type(e).__name__, repr(e), e.args)
try:
    assert False, "with message"
except AssertionError as e:
    print(type(e).__name__, e)
try:
    assert [], {"k": [1, 2]}
except AssertionError as e:
    print(e.args)
def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(3))
try:
    check(-1)
except AssertionError as e:
    print(e)
print(__debug__)
