x = 1
trace = []
for i in range(70):
    x *= 2
    if i > 58:
        trace.append(x)
print(trace)
y = 2 ** 63 - 5
for _ in range(10):
    y += 1
print(y, type(y).__name__, y - 2 ** 63)
z = -(2 ** 63) + 3
for _ in range(6):
    z -= 1
print(z)
acc = 0
for i in range(1, 40):
    acc = acc * 31 + i
print(acc, acc % (2 ** 64), acc >> 100, -acc // 7)
f = 1
for i in range(1, 26):
    f *= i
print(f, f // 10 ** 20, f % 12345)
s = 0
for i in range(10 ** 5):
    s += i * i
print(s)
m = 9223372036854775807
print(m + 1, m * 2, -m - 2, m ** 2, (m + 1) // 2 == 2 ** 62, abs(-m - 1), -(-m - 1))
n = 3
for _ in range(5):
    n = n * n
print(n, n.bit_length())
v = 2 ** 62
for _ in range(3):
    v = v + v
    print(v, v - 1, v >> 1, v & (v - 1))
print([(1 << k) - 1 for k in (62, 63, 64, 65)], [-(1 << k) for k in (62, 63, 64)])
print(divmod(-2 ** 64, 3), divmod(2 ** 64, -3), (-2 ** 63) // -1, (-2 ** 63) % -1, abs(-2 ** 63))
