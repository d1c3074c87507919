a = 2 ** 200 + 12345
b = 3 ** 100 - 7
print(a + b)
print(a - b)
print(a * b)
print(a // b, a % b)
print(-a // b, -a % b)
print(a // -12345, a % -12345)
print(a ** 2)
print(a >> 100, a << 50, a & b, a | b, a ^ b, ~a)
print(-a >> 7, -a & 0xFFFF)
print(pow(a, 65537, b), pow(3, 10 ** 5, 10 ** 9 + 7))
print(abs(-a), a == a + 0, a > b, -a < -b, a != b)
f = 1
for i in range(1, 60):
    f *= i
print(f, len(str(f)))
print(int(str(f)) == f, f // (10 ** 40), f % (10 ** 40))
print(float(a), float(-b), a / b, b / a)
print(a.bit_length(), hex(a), oct(b)[:20], bin(b)[-10:])
print(divmod(10 ** 50, 10 ** 25 + 3))
print(10 ** 50 // (10 ** 25 + 3) * (10 ** 25 + 3) + 10 ** 50 % (10 ** 25 + 3) == 10 ** 50)
print(int("9" * 80) + 1)
