print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1, 2))), list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(list(reversed({"a": 1, "b": 2})), list(reversed({1: 2}.items())), list(reversed(bytearray(b"ab"))), list(reversed(b"xy")))
class Seq:
    def __len__(self): return 3
    def __getitem__(self, i): return i * 10
print(list(reversed(Seq())))
class Rev:
    def __reversed__(self): return iter("custom")
print(list(reversed(Rev())))
for bad in ({1, 2}, iter([1]), 5, (x for x in [])):
    try:
        reversed(bad)
    except TypeError as e:
        print(type(e).__name__, e)
r = reversed([1, 2, 3])
print(type(r).__name__, next(r), r.__length_hint__(), list(r))
l = [1, 2, 3]
r = reversed(l)
l.pop()
print(list(r))
