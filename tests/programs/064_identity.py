a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None) is type(None), True is True, ... is ...)
print(type(1) is int, type(True) is bool, int is not bool)
x = None
print(x is None, x == None, [x] == [None])
def f():
    pass
print(f() is None)
s1 = "abc"
s2 = s1
print(s1 is s2)
class C:
    pass
o = C()
print(o is o, C() is C(), o == o, C() == C())
print([] is [], [1] is not [1])
