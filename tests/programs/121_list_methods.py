l = [3, 1, 4]
l.append(1)
l.extend([5, 9])
l.extend("ab")
l.insert(0, "first")
l.insert(100, "end")
l.insert(-1, "before end")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(1)
print(l, l.index(4), l.index(1), l.count(1), l.count("zz"))
l2 = l.copy()
l2.reverse()
print(l2, l2 is not l)
l.clear()
print(l, len(l))
nums = [5, 2, 8, 1]
print(nums.index(8, 1), nums.index(2, -3, -1))
for bad in (lambda: [].pop(), lambda: [1].pop(5), lambda: [1].remove(2), lambda: [1].index(2), lambda: [1, 2].index(2, 0, 1), lambda: [].insert(), lambda: [1].pop("x")):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
x = [1, 2, 3]
x[1:2] = [7, 8, 9]
print(x)
x[::2] = "abc"
print(x)
del x[1::2]
print(x)
x *= 2
print(x, [0] * 3, [[]] * 2, [1, 2] + [3], 2 * [4])
print(list.__name__, [].__len__(), [1, 2].__getitem__(1), [1, 2].__contains__(2), list.append.__name__)
