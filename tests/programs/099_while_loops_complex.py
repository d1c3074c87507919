def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(i) for i in range(1, 30)])
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(1071, 462), gcd(2 ** 40, 6 ** 20))
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            j = i * i
            while j <= n:
                is_p[j] = False
                j += i
        i += 1
    return [k for k, p in enumerate(is_p) if p]
print(sieve(100))
stack = [1]
seen = []
while stack:
    top = stack.pop()
    seen.append(top)
    if top < 8:
        stack.extend([top * 2, top * 2 + 1])
print(seen)
i = 0
while True:
    i += 1
    if i > 100:
        break
print(i)
