# The SRE engine over many patterns: spans, groups, lastindex, findall/finditer/sub/split per case.
import re

cases = [
    (r'a|b|c', 0, 'xxcba'), (r'(a|ab)(c|bcd)(d*)', 0, 'abcd'), (r'^(a+)+$', 0, 'aaaa'),
    (r'(a*)+', 0, 'b'), (r'(a*)*', 0, 'aab'), (r'(a|b)*?b', 0, 'aaab'), (r'(.*?)(\d+)', 0, 'abc123def45'),
    (r'\bfoo\b', 0, 'foo foobar (foo)'), (r'\Bo\B', 0, 'foo boo o'),
    (r'^abc$', re.M, 'abc\nabc\nxabc'), (r'abc$', 0, 'abc\n'), (r'abc\Z', 0, 'abc\n'), (r'.+', 0, 'ab\ncd'),
    (r'.+', re.S, 'ab\ncd'), (r'(?P<x>a)(?P=x)', 0, 'aa ab aa'), (r'(a)(?:b\1)+', 0, 'ababab'),
    (r'x{2,}', 0, 'x xx xxx'), (r'x{,2}', 0, 'xxxxx'), (r'(?:xy){2,3}?', 0, 'xyxyxyxy'), (r'a{3}', 0, 'aaaaaaa'),
    (r'(?<!a)b', 0, 'ab cb b'), (r'(?<=ab)c', 0, 'abc xbc'), (r'(?=(\w+))\w', 0, 'ab cd'),
    (r'[\d\s]+', 0, '1 2\t3x'), (r'[^\W\d]+', 0, 'ab1_c d'), (r'[-a]', 0, 'x-a'), (r'[\u0100-\u017f]+', 0, 'aĀāĂb'),
    (r'(?x) a  b # comment\n c', 0, 'abc'), (r'(a)|(b)', 0, 'b'), (r'(a)|b', 0, 'b'), (r'(?:(a)|b)+', 0, 'ab'),
    (r'(a?)+?b', 0, 'aab'), (r'(\w+)\s(?!\1)', 0, 'the the cat sat'), (r'^', re.M, 'a\nb\n'), (r'$', re.M, 'a\nb\n'),
    (r'', 0, 'abc'), (r'\b', 0, 'ab cd'), (r'a*?', 0, 'aaa'), (r'(a)(b)?(c)?', 0, 'ac'), (r'[a\]]+', 0, 'a]b'),
    (r'(ab|cd)*?e', 0, 'ababcde'), (r'((a)|(b))*', 0, 'abab'), (r'(a|(b))+', 0, 'ab'), (r'(?:(\d)|x)*', 0, '1x2x'),
    (r'(?P<n>\d)?x(?(n)y|z)', 0, 'xz 1xy 1xz xy'), (r'a.c', 0, 'a\nc abc'), (r'[^\n]+', 0, 'ab\ncd'),
    (r'\W+', 0, 'a-+b, c'), (r'(\d+)-(\d+)?', 0, '12-34 5- 6-7'), (r'(?:a|ab)(?:c|bcd)(d*)', 0, 'abcd'),
    (r'(a+|b+)*c', 0, 'aabbabc'), (r'(a+?)(b*?)c', 0, 'aabbc'), (r'(?:a{2})*?a', 0, 'aaaaa'),
    (r'(x)?(?(1)a|b)+', 0, 'xaab bbx'), (r'((?:a|b)*?)(b+)', 0, 'abababbb'), (r'[a-c]{2,4}?d', 0, 'abcabcd'),
]
for pat, flags, s in cases:
    p = re.compile(pat, flags)
    print(repr(pat), p.groups, p.findall(s))
    print('  ', [m.span() for m in p.finditer(s)], [m.groups() for m in p.finditer(s)], [m.lastindex for m in p.finditer(s)])
    m = p.search(s)
    print('  ', m and (m.span(), m.group(), m.regs, m.lastgroup), p.match(s) is None, p.fullmatch(s) is None)
    print('  ', p.sub('<>', s), p.subn(lambda m: '[' + m.group() + ']', s, 2), p.split(s))
