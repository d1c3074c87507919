# Values live at trace exits (guard failures, bridges, loop ends): unboxed ints and floats
# rebuilt as objects, int overflow into big ints inside a loop, int/float mixes, branches
# taken both ways (bridges), loops left early from a called function.


def overflow_in_loop():
    x = 1
    y = 3
    seen = []
    for i in range(200):
        x = x * 3 + i
        y = y + x
        if i % 37 == 0:
            seen.append(x % 1000003)
    print("overflow", x % 1000000007, y % 998244353, x.bit_length(), seen)


def mixed_numbers():
    acc = 0
    facc = 0.0
    for i in range(5000):
        if i % 3 == 0:
            acc += i
        elif i % 3 == 1:
            facc += i * 0.5
        else:
            acc = acc - 1
            facc = facc + acc / 7
        if i == 4000:
            acc = float(acc)
    print("mixed", acc, round(facc, 6), type(acc).__name__)


def early_exit(limit, cr):
    z = 0.0
    n = 0
    k = 0
    while n < limit:
        z = z * z + cr
        k = k + n
        if z > 2.0:
            break
        n += 1
    return n, k, z


def many_calls():
    total = 0
    ks = 0
    zs = 0.0
    for j in range(3000):
        n, k, z = early_exit(40, -2.0 + j / 1000.0)
        total += n
        ks += k
        zs += z if z < 1e300 else 0.0
    print("calls", total, ks, round(zs, 4))


def branchy_bridges():
    primes = 0
    twins = 0
    last = -10
    s = 0
    flags = bytearray([1]) * 20001
    flags[0] = flags[1] = 0
    for p in range(2, 142):
        if flags[p]:
            for m in range(p * p, 20001, p):
                flags[m] = 0
    for i in range(20001):
        if flags[i]:
            primes += 1
            s += i * i
            if i - last == 2:
                twins += 1
            last = i
    print("bridges", primes, twins, s, last)


def negative_and_big_steps():
    out = 0
    for i in range(10 ** 18, 10 ** 18 + 3000, 7):
        out += i % 1000
    for i in range(3000, -3000, -3):
        out -= i // 7
    for i in range(2 ** 62, 2 ** 62 + 5000, 1000):
        out += i + i
    print("ranges", out)


overflow_in_loop()
mixed_numbers()
many_calls()
branchy_bridges()
negative_and_big_steps()
