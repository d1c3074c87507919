# Long subjects must not exhaust any stack: deep backtracking and many repeats run on the engine's own stack.
import re

s = 'ab' * 50000
print(re.compile(r'(?:a|b)*c|(?:ab)*').match(s).span())
m = re.compile(r'(a|b)*?$').match(s)
print(m.span(), m.group(1))
print(re.match(r'(ab)*', s).span(), re.match(r'(?:(a)(b))*', s).groups(), re.fullmatch(r'(?:a|b)+', s) is not None)
print(len(re.findall(r'\w+', 'hello world ' * 10000)), len(re.findall(r'(\w)(\w)?', 'hello world ' * 5000)))
print(re.search(r'(x+x+)+y', 'x' * 16))
text = 'lorem ipsum dolor sit amet ' * 5000
print(len(re.split(r'\s+', text)), len(re.sub('o', '0', text)), re.search(r'amet\s*$', text).span())
p = re.compile(r'\d+|\w+|\s+')
pos = n = 0
while pos < len(text):
    pos = p.match(text, pos).end()
    n += 1
print(n)
print(re.match(r'(?:(?:a)|b)*', 'a' * 100000).end(), re.match(r'(a*)*b', 'a' * 2000 + 'b').span())
print(re.match(r'((a)|b)+', 'ab' * 30000).span(), re.search(r'a{1000}', 'a' * 999 + 'ba' * 5 + 'a' * 1000).span())
