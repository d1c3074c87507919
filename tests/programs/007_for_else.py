for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty loop else")
for i, c in enumerate("abc", start=1):
    print(i, c)
for k in {"one": 1, "two": 2}:
    print(k)
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    print(a + b + c)
