print(list(), list("ab"), list((1, 2)), list({1: 2}), list(range(2)), list(x for x in "yz"), list(b"ab"))
print(tuple(), tuple([1]), tuple("x"), tuple({3, 1}), tuple(iter([5])))
print(dict(), dict(a=1), dict([(1, 2), [3, 4]]), dict({1: 2}, b=3), dict(zip([1, 2], "ab")), dict(dict(k="v")))
print(set(), set("abcabc") == {"a", "b", "c"}, set([3, 1, 3]), frozenset(range(3)), set(frozenset([1])))
print(bytearray(b"x"), bytes(range(3)), range(3), slice(3), complex("1j"), memoryview(b"m").tobytes())
for bad in (lambda: list(1), lambda: tuple(None), lambda: dict(1), lambda: dict([1, 2]), lambda: dict(["ab", "cde"]), lambda: set(5), lambda: list([], []), lambda: dict({}, {})):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(dict(["ab", "cd"]), tuple(list((1, 2))))
