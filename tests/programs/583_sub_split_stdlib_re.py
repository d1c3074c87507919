# sub/subn with templates and callables, split with groups and maxsplit, empty matches next to others.
import re

print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
print(re.sub(r'(?P<w>\w+)', r'<\g<w>|\g<1>|\g<0>>', 'ab cd'))
print(re.sub(r'a', r'\n\t\\', 'xax'), repr(re.sub('a', '\\n', 'a')))
print(re.sub(r'x*', '-', 'abxd'), re.sub(r'x*', '-', ''), re.sub(r'', '-', 'abc'), re.sub(r'\b', '|', 'ab cd'))
print(re.subn(r'\d', '#', 'a1b22c333', count=4), re.sub(r'\d', '#', 'a1b2', 0), re.subn('z', 'y', 'abc'))
print(re.sub(r'(a)|b', lambda m: m.group(1) or 'B', 'abab'), re.sub('.', lambda m: str(m.start()), 'xyz'))
print(re.sub(r'(a)(b)?', r'[\2]', 'a ab'), re.sub(r'(?:(a)|b)', r'(\1)', 'ab'))
p = re.compile(r'(\d)')
print(p.sub(r'\1\1', 'a1b2'), p.subn(lambda m: m.group() * 3, 'x9y8z', count=1))
print(re.split(r'\s*,\s*', 'a , b,c ,  d'), re.split(r'(,)', 'a,b,c'), re.split(r'(,)|(;)', 'a,b;c'))
print(re.split(r'x*', 'axbc'), re.split(r'', 'abc'), re.split(r'\b', 'ab cd'), re.split(r'(?=b)', 'abab'))
print(re.split(r',', 'a,b,c,d', maxsplit=2), re.split(r',', 'a,b', 5), re.split(r'\d', ''), re.split('(a)?b', 'xbyab'))
print(re.compile(r'-').split('a-b-c', maxsplit=1), re.compile('(-)(x)?').split('a-b-xc'))
try:
    re.sub('a', lambda m: 5, 'aa')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('(a)', r'\2', 'a')
except re.error as e:
    print('error', e)
print(re.sub('a', lambda m: None, 'banana') if False else 'skip-none')
m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m.expand(r'\g<last>, \g<first> (\2)'), m.expand('\\1\\n'))
print(re.sub('(?i)b+', '-', 'aBbBc'), re.sub('^', '> ', 'l1\nl2', flags=re.M), re.sub('$', '!', 'l1\nl2\n', flags=re.M))
