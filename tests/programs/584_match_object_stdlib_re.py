# Match objects: group access by number/name, defaults, spans of unmatched groups, repr, copy, errors.
import re, copy

m = re.search(r'(?P<a>x)(y)?(?P<c>z)?', '__xz__')
print(m, m.group(), m.group(0), m.group(1), m.group('a'), m.group(2), m.group(1, 'c', 2), m[0], m['c'], m[2])
print(m.groups(), m.groups('-'), m.groups(default=0), m.groupdict(), m.groupdict('?'), m.groupdict(default=1))
print(m.start(), m.end(), m.span(), m.start(2), m.end(2), m.span(2), m.span('c'), m.regs)
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re)
print(re.match('(a)(b)', 'ab').lastgroup, re.match('(?P<n>a)|(b)', 'b').lastindex, re.match('a', 'a').lastindex)
print(re.match(r'((a)(?P<q>b))', 'ab').lastgroup, re.match(r'((a)(?P<q>b))', 'ab').lastindex)
for bad in (3, -1, 'nope', 1.5, None):
    try:
        print(m.group(bad))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
try:
    m.start(7)
except IndexError as e:
    print('IndexError', e)
print(copy.copy(m) is m, copy.deepcopy(m) is m, m[True])
print(re.match('.*', 'x' * 60))
print(re.match('.*', 'ab\'cd"ef'), re.match('.*', 'tab\there'), re.search('é+', 'caféé'))
print(re.Match, re.Pattern, type(m).__name__, type(m).__module__)
print(re.Match[str], re.Pattern[bytes])
print(re.compile('(a)(?P<b>b)').match('ab').span('b'), re.compile('').match('') is not None)
