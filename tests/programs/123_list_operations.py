a = [1, 2, 3]
b = a
a = a + [4]
print(a, b)
c = [[0] * 2] * 2
c[0][0] = 1
print(c)
d = [[0] * 2 for _ in range(2)]
d[0][0] = 1
print(d)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, [2]] == [1, [2]], [] == [], [1] < [1, 0], [2] > [1, 9])
print(list("abc"), list(range(3)), list({"k": 1}), list((1, 2)), list(), list({5: 0}.values()))
e = [1, 2, 3, 4, 5]
print(e[1:3], e[:-2], e[::-1], e[10:], e[-10:2])
e[1:3] = []
print(e)
e[:0] = [0, 0]
print(e)
e[len(e):] = [99]
print(e, len(e), 99 in e, e.index(99))
print(sum([[1], [2, 3]], []), [x for x in [3, 1, 2] if x > 1], list(reversed(e)))
nested = [1, [2, [3, [4]]]]
print(nested[1][1][1][0], str(nested), repr([None, True, "s", b"b", 1.5, -0.0, 1j]))
print(list.__mro__, type([]) is list, isinstance([], list), [] is not [])
