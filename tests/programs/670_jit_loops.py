# Loops the JIT traces (run with -X jit-threshold=1 too): every result must equal the interpreter's.
import sys


def int_loop(n):
    t = 0
    for i in range(n):
        t += i * 3 - 1
        if i % 4 == 0:
            t ^= 5
    return t


def overflow(n):
    x = 1
    for i in range(n):
        x = x * 7 + i
    return x


def mixed(items):
    s = 0
    for v in items:
        s = s + v
    return s


def floats(n):
    x, y = 0.0, 1.0
    i = 0
    while i < n:
        x = x + y / (i + 1)
        y = -y * 0.5 if i % 3 else y + 0.25
        i += 1
    return x, y


def raises(n):
    t = 0
    for i in range(n):
        t += 100 // (7 - i)
    return t


def frame_locals(n):
    seen = []
    for i in range(n):
        x = i * i
        seen.append(sorted(k for k in locals() if k != 'seen'))
        seen.append(eval('x + i'))
        seen.append(sys._getframe().f_locals['x'])
    return seen


class Truthy:
    calls = 0

    def __bool__(self):
        Truthy.calls += 1
        return Truthy.calls % 3 != 0


def branches(n):
    c = Truthy()
    k = 0
    i = 0
    while i < n:
        if c and i > 2 or not i:
            k += 1
        elif i is None or i == 7:
            k -= 100
        i += 1
    return k, Truthy.calls


def unpack(pairs):
    total = 0
    out = []
    for a, b in pairs:
        total += a * b
        out.append((b, a))
    return total, out[:3], out[-1]


def nested(n):
    rows = []
    for i in range(n):
        row = []
        for j in range(i):
            row.append(i * j if j % 2 else -j)
        rows.append(sum(row))
    return rows


def strings(words):
    out = ''
    for w in words:
        if len(w) > 3:
            out += w[0].upper()
        else:
            out += w
    return out


def iterators(d):
    acc = []
    for k in d:
        acc.append(k * 2)
    for k, v in d.items():
        acc.append(v - k)
    it = iter([1, 2, 3])
    for x in it:
        acc.append(x)
        if x == 2:
            break
    acc.append(list(it))
    return acc


def closure(n):
    total = 0

    def add(v):
        nonlocal total
        total += v
    for i in range(n):
        add(i)
    return total


print(int_loop(0), int_loop(1), int_loop(10), int_loop(3000))
print(overflow(3), overflow(40))
print(mixed([1, 2, 3] * 30 + [0.5, 2]), mixed([2 ** 62, 2 ** 62, 1]))
print(floats(1), floats(1000))
try:
    raises(20)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb.tb_next:
        tb = tb.tb_next
    print('ZeroDivisionError', e, tb.tb_lineno)
print(frame_locals(4))
print(branches(30))
print(unpack([(i, i + 1) for i in range(50)]))
print(nested(12))
print(strings(['a', 'bcde', 'fg', 'hijkl'] * 20))
print(iterators({1: 10, 2: 20, 3: 30}))
print(closure(100))
