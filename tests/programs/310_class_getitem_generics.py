class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item.__name__ if isinstance(item, type) else item!r}]"
print(Box[int], Box["x"], Box[1, 2])
print(list[int], dict[str, int], tuple[int, ...], list[list[int]], type[str], set[int] | None)
alias = list[int]
print(alias.__origin__, alias.__args__, alias(range(3)), isinstance([], list), type(alias).__name__)
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
print(dict[str, int]({"a": 1}), tuple[int]((1,)), list[int] == list[int], list[int] == list[str])
class NotGeneric:
    pass
try:
    NotGeneric[int]
except TypeError as e:
    print(type(e).__name__, e)
try:
    int[str]
except TypeError as e:
    print(type(e).__name__, e)
