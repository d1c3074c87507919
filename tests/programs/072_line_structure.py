x = 1 + \
    2 + \
    3
print(x)
y = (1 +
     2 +
     3)
print(y)
z = [
    1,
    2,   # trailing comma
]
print(z)
a = 1; b = 2; c = a + b; print(c)
if a: print("one-line if")
for i in range(2): print("one-line for", i)
while False: pass
def f(): return "one-line def"
print(f())
class C: v = 1
print(C.v)
s = {"k": (1,
           2)}
print(s)
print("tab	inside", "end")
d = dict(a=1,
         b=2
         )
print(d)
if True:
        print("deep indent")
if True:
	print("tab indent")
