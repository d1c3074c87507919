def read(lines):
    for line in lines:
        yield line
def strip_comments(lines):
    for line in lines:
        code = line.split("#", 1)[0].strip()
        if code:
            yield code
def tokens(lines):
    for line in lines:
        yield from line.split()
src = ["a = 1  # set a", "# only comment", "", "b = a + 2", "print(b)"]
print(list(tokens(strip_comments(read(src)))))
def take(n, it):
    for _, x in zip(range(n), it):
        yield x
def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found):
            found.append(n)
            yield n
print(list(take(15, primes())))
def running_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count
ra = running_avg()
next(ra)
print([ra.send(v) for v in (10, 20, 30, 5)])
