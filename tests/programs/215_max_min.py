print(max(3, 1, 2), min(3, 1, 2), max([4, 9, 2]), min("hello"), max("a", "b", key=str.upper), min([], default=0), max((), default=None))
print(max([1, 3, 3.0, 2], key=lambda x: x), max([3.0, 3]), max([3, 3.0]), min([-1, 1], key=abs), max({"a": 3, "b": 1}, key={"a": 3, "b": 1}.get))
print(max(enumerate("zebra"), key=lambda p: p[1]), min([[2, 1], [1, 9]]), max(range(0)) if False else max(range(5)))
for bad in (lambda: max(), lambda: max([]), lambda: min(1), lambda: max(1, "a"), lambda: max([1], [2], default=0), lambda: min([], key=len)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(max([float("nan"), 1, 2]), max([1, float("nan"), 2]), min(2, float("nan")))
print(max("apple", "banana", "cherry", key=len), min(["bb", "a", "cc"], key=len), max(iter([5, 7, 6])))
