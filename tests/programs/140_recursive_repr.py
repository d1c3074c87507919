l = [1, 2]
l.append(l)
print(l, repr(l), str(l))
d = {"a": 1}
d["self"] = d
print(d)
t = ([],)
t[0].append(t)
print(t)
a, b = [], []
a.append(b)
b.append(a)
print(a, b)
s = {1: [2]}
s[1].append(s)
print(s)
class Node:
    def __init__(self):
        self.children = []
    def __repr__(self):
        return f"Node({self.children})"
n = Node()
n.children.append(n)
try:
    print(n)
except RecursionError as e:
    print(type(e).__name__)
print(l == l, l[2] is l, len(str(l)))
try:
    l == [1, 2, l[:]]
    print("compared")
except RecursionError as e:
    print(type(e).__name__, e)
