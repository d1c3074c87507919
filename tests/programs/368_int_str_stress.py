state = 31337
def lcg():
    global state
    state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return state
for i in range(40):
    n = 1
    for _ in range(1 + i // 4):
        n = n * lcg() + lcg()
    if i % 3 == 0:
        n = -n
    s = str(n)
    assert int(s) == n
    print(s, format(n, "x")[-12:], format(n, ",")[:20], n % 1000003, n.bit_length())
x = 3 ** 2000
print(len(str(x)), str(x)[:40], str(x)[-40:])
print(int("7" * 1000) % 999983, int("1" + "0" * 999) == 10 ** 999)
print(str(2 ** 4000)[1000:1040], hex(3 ** 500)[:30])
