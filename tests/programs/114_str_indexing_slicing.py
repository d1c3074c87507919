s = "Hello, 世界! 😀"
print(len(s), s[0], s[-1], s[7], s[7:9], s[::-1], s[-3:], repr(s[100:]))
print([c for c in s[-4:]], list(map(ord, s[-2:])))
print(s[::2], s[1::3], s[-1:-6:-1], s[5:1], s[:0], s[0:len(s)] == s)
print("abc"[-3], "abc"[-1::-1], "abcdef"[1:-1:2])
for i in (3, -4):
    try:
        "abc"[i]
    except IndexError as e:
        print(type(e).__name__, e)
print(chr(0x1F600) == s[-1], ord(s[-1]), hex(ord("界")))
t = "".join(chr(c) for c in range(0x10FFF0, 0x110000))
print(len(t), ascii(t[-2:]))
