# re: group indexes that do not fit a machine word, a scanned bytearray cannot be resized while its
# scanner lives, anchored patterns searched over long text (found at the start or not at all)
import gc
import re

m = re.match('(a)(b)', 'ab')


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


for a in (1 << 1000, Index(1 << 1000), -1, 3, 'x', -(1 << 100)):
    try:
        m.group(a)
    except IndexError as e:
        print('IndexError', e)
print(m.group(Index(2), Index(1)), m[1], m.group(True))

b = bytearray(b'xax')
it = re.finditer(b'a', b)
try:
    b.extend(b'x' * 400)
except BufferError as e:
    print('BufferError', e)
print([x.span() for x in it])
del it
gc.collect()
b.extend(b'x' * 400)
print(len(b))

s = 'x' * 100000 + 'y'
for p in (r'\Ay', r'^y', r'\Ax', r'(?m)^y', r'y$'):
    print(p, re.search(p, s), len(re.split(p, s)), re.findall(p, s)[:2], len(list(re.finditer(p, s))), len(re.sub(p, '', s)))
print(re.findall(r'^a', 'a\na'), re.findall(r'(?m)^a', 'a\na'), re.search(r'^y', 'xy\ny', re.M).span())
