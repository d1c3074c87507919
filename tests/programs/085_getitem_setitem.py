class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("get", key)
        return self.cells.get(key, 0)
    def __setitem__(self, key, value):
        print("set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("del", key)
        del self.cells[key]
g = Grid()
g[1, 2] = 5
g[1, 2] += 1
print(g[1, 2])
try:
    g[0:3] = "slice"
except TypeError as e:
    print("slices are unhashable:", e)
del g[1, 2]
g["k"] = [1]
g["k"].append(2)
print(g.cells)
try:
    del g["nope"]
except KeyError as e:
    print("KeyError", e)
class RO:
    def __getitem__(self, k):
        return k
try:
    RO()[1] = 2
except TypeError as e:
    print(e)
try:
    del RO()[1]
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(e)
try:
    len(5)
except TypeError as e:
    print(e)
class CG:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(CG[int], CG["x", 1])
