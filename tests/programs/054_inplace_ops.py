class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, o):
        print("iadd", o)
        self.items.append(o)
        return self
    def __add__(self, o):
        print("add", o)
        return "new object"
a = Acc()
b = a
a += 1
a += 2
print(a is b, a.items)
class OnlyAdd:
    def __add__(self, o):
        return "fallback to __add__"
o = OnlyAdd()
o += 1
print(o)
class IMulNI:
    def __imul__(self, o):
        return NotImplemented
    def __mul__(self, o):
        return "mul after NotImplemented"
x = IMulNI()
x *= 3
print(x)
l = [1, 2]
l += "ab"
print(l)
try:
    t = (1,)
    t += [2]
except TypeError as e:
    print(e)
s = {1, 2}
s |= {3}
s &= {1, 3, 4}
s -= {1}
s ^= {9}
print(s)
d = {"a": 1}
d |= {"b": 2}
print(d)
n = 5
n **= 2
n //= 3
n <<= 2
print(n)
class T:
    v = [1]
t1 = T()
t1.v += [2]
print(T.v, t1.v is T.v, "v" in vars(t1))
