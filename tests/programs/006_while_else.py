i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i =", i)
else:
    print("while finished", i)
n = 10
while n:
    n -= 3
    if n < 0:
        print("break at", n)
        break
else:
    print("not printed")
while False:
    pass
else:
    print("else of never-run while")
a, b = 0, 1
fibs = []
while b < 200:
    fibs.append(b)
    a, b = b, a + b
print(fibs)
