class Container:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
    def __len__(self):
        return len(self.items)
c = Container([1, 2, 3])
print(2 in c, 5 not in c, len(c), bool(c), bool(Container([])))
class IterOnly:
    def __iter__(self):
        print("iterating")
        return iter([1, 2, 3])
print(2 in IterOnly(), 9 in IterOnly())
class ContainsTruthy:
    def __contains__(self, x):
        return "non-bool"
print(1 in ContainsTruthy(), 1 not in ContainsTruthy())
try:
    1 in 5
except TypeError as e:
    print(e)
print("a" in {"a": 1}, 1 in {1: "a"}.values(), ("a", 1) in {"a": 1}.items())
print(1 in range(0, 10, 2), 4 in range(0, 10, 2), 4.0 in range(10), "x" in range(3))
try:
    [] in "abc"
except TypeError as e:
    print(e)
try:
    [] in {1}
except TypeError as e:
    print(e)
