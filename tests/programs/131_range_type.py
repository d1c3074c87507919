r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[2:4], r[::-1], r[::2], r.start, r.stop, r.step)
print(range(5), range(0, 5), range(5, 0, -1), list(range(5, 0, -2)), list(range(0)), list(range(3, 3)), range(-5))
print(r.index(8), r.count(8), r.count(9), 8 in r, 9 in r, 3.0 in range(5), range(0, 10 ** 20, 3)[-1])
print(range(0, 3) == range(0, 3, 1), range(0) == range(5, 5), range(1, 5, 2) == range(1, 4, 2), hash(range(3)) == hash(range(0, 3)))
print(list(reversed(range(1, 10, 4))), range(10 ** 30)[10 ** 29], range(10)[-3:], range(10)[100:200])
for bad in (lambda: range(1, 2, 0), lambda: range(1.5), lambda: range(3)[10], lambda: r.index(9), lambda: range(), lambda: len(range(10 ** 20))):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(sum(range(101)), max(range(7)), min(range(3, 9)), sorted(range(3), reverse=True), bool(range(0)), bool(range(1)))
print(range(-3, 3)[1:-1], list(range(-10, -20, -3)), range(1, 10, 2)[1:3][0])
