s = list(range(10))
print(s[2], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[1:8:3], s[8:1:-2])
print(s[100:], s[-100:2], s[5:2], s[::-3])
t = "abcdefgh"
print(t[1:-1], t[::-2], t[3:3], t[-2:])
print((1, 2, 3)[1:], b"xyz"[::-1], range(10)[2:8:2])
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1], sh[1:2], sh[1:2:3], sh[:], sh[::], sh[1, 2], sh[1:2, ::3], sh[...], sh[()], sh[:, None])
pair = (1, 2)
print(sh[*pair], sh[*pair, 3], sh[0, *[]], sh[*'ab'])
try:
    s[20]
except IndexError as e:
    print(e)
try:
    s["a"]
except TypeError as e:
    print(e)
try:
    t[1.5]
except TypeError as e:
    print(e)
try:
    s[::0]
except ValueError as e:
    print(e)
print(s[True], s[False:True])
class Idx:
    def __index__(self):
        return 3
print(s[Idx()], s[Idx():], "hello"[Idx()])
