# Pattern objects: repr with flags, equality and hashing, attributes, pos/endpos, scanner, finditer.
import re, copy

for args in [('abc',), ('a\nb', re.I), ('x', re.I | re.M | re.S | re.X), ('x', re.A), ('y', re.U), ('z' * 300,),
             ("'\"", re.DOTALL), ('(?i)q',), ('(?s)q', re.M), ('x', re.T if hasattr(re, 'T') else 0)]:
    print(repr(re.compile(*args)))
p = re.compile(r'(?P<word>\w+)-(\d)')
print(p.pattern, p.flags, p.groups, p.groupindex, dict(p.groupindex), type(p.groupindex).__name__)
print(re.compile('a') == re.compile('a'), re.compile('a') == re.compile('a', re.I), re.compile('a') != re.compile('b'))
print(hash(re.compile('ab')) == hash(re.compile('ab')), len({re.compile('q'), re.compile('q')}))
print(copy.copy(p) is p, copy.deepcopy(p) is p)
s = 'aa-1 bb-2 cc-3'
print(p.match(s, 5), p.match(s, pos=5, endpos=8), p.search(s, 1), p.search(s, 2, 4), p.fullmatch(s, 5, 9))
print(p.findall(s, 3), p.findall(s, 0, 9), [m.span() for m in p.finditer(s, 4, 13)])
print(re.compile('^a').search('ba', 1), re.compile('a$').search('ab', 0, 1), re.compile(r'\bb').search('ab', 1))
print(p.match(s, -5), p.match(s, 100), p.search(s, 10, 2), p.findall(s, 5, 1))
sc = p.scanner(s)
print(sc.pattern is p, sc.match(), sc.search(), sc.search(), sc.search(), sc.search(), sc.match())
sc = re.compile(r'\d').scanner('12a3')
print(sc.match(), sc.match(), sc.match(), sc.match(), sc.search())
it = re.finditer(r'\w', 'ab')
print(type(it).__name__, next(it), list(it))
print([m.group() for m in re.finditer(r'a*', 'baaac')], re.findall(r'a*', 'baaac'))
for bad in [lambda: p.match(5), lambda: p.match(s, 'x'), lambda: p.match(), lambda: p.match(s, 1, 2, 3),
            lambda: p.search(s, bogus=1), lambda: p.split(s, 1, 2)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(p.match(string=s), p.search(s, endpos=4, pos=1), p.sub(repl='#', string=s, count=1))
