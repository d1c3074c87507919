class Key:
    def __init__(self, name, h):
        self.name, self.h = name, h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        print(f"  eq {self.name}=={o.name}")
        return isinstance(o, Key) and self.name == o.name
    def __repr__(self):
        return f"Key({self.name})"
d = {}
d[Key("a", 1)] = 1
d[Key("b", 1)] = 2
print(d[Key("b", 1)])
print(Key("c", 1) in d)
print(len(d), list(d))
class AlwaysEq:
    def __init__(self, h):
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, o):
        return True
e = {AlwaysEq(5): "first"}
e[AlwaysEq(5)] = "second"
print(len(e), list(e.values()))
f = {1: "int"}
f[1.0] = "float"
f[True] = "bool"
print(f)
class BadHash:
    def __hash__(self):
        return "no"
try:
    {BadHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()), {BigHash(): 1} and "ok")
class NegOne:
    def __hash__(self):
        return -1
print(hash(NegOne()))
