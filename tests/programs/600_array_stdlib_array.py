from array import array
a = array('i', [1, 2, 3]); a.append(4); a.extend([5]); a.insert(0, 0)
print(a, len(a), a[1], a[-1], a[1:3], a.tolist(), a.tobytes()[:8], a.itemsize, a.typecode)
b = array('d', [1.5, 2.5]); print(b, b + b, b * 2, 2.5 in b, b.index(2.5))
u = array('u', 'héllo'); print(u, u.tounicode())
c = array('B', b'abc'); print(c, bytes(c.tobytes()), list(reversed(c)))
a.reverse(); print(a, a.pop(), a); del a[0]; print(a)
for code, v in [('b', 200), ('B', -1), ('h', 40000), ('H', -5), ('i', 2**40), ('I', -1)]:
    try: array(code, [v])
    except OverflowError as e: print(code, e)
x = array('q', [1, 2]); x[0:1] = array('q', [7, 8]); print(x, x == array('q', [7, 8, 2]), array('L', [2**64-1]))
print(repr(array('f')), array('d', range(3)))
