# bytes patterns and subjects: ASCII classes, slices of the subject's type, str/bytes mixing errors.
import re

p = re.compile(rb'(\w+)=(\d+)')
print(p, p.findall(b'a=1, bb=22'), p.search(b'xx=9').groups(), p.sub(rb'\2=\1', b'k=5 j=6'))
print(re.split(rb'\s+', b'a b\tc'), re.findall(rb'(?i)[a-c]', b'ABCabc'), re.match(rb'\xe9', b'\xe9'))
print(re.findall(rb'\w', b'a\xe9_1'), re.findall(rb'(?i)\xe9', b'\xc9\xe9'), re.sub(b'a', b'', b'banana'))
print(re.search(rb'b+', bytearray(b'abbc')), re.findall(rb'b', bytearray(b'abb')), re.sub(rb'b', b'X', bytearray(b'abc')))
print(re.search(rb'b+', memoryview(b'abbc')).span(), re.compile(b'x', re.I), re.compile(b'x', re.L))
print(re.match(b'(a)(b)?', b'a').groups(), re.sub(b'x', lambda m: b'[' + m.group() + b']', b'axbx'))
for pat, s in [('a', b'a'), (b'a', 'a'), (r'\d', 5), (b'a', None)]:
    try:
        re.compile(pat).search(s)
    except TypeError as e:
        print('TypeError', e)
print(re.escape(b'a.b'), re.fullmatch(rb'[\x00-\x7f]+', b'abc\x7f'), re.match(rb'.', b'\n'))
