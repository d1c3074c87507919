# 3.11 additions: atomic groups and possessive quantifiers, plus lookaround and conditional corner cases.
import re

cases = [
    (r'(?>ab|a)c', 'ac abc'), (r'(?:ab|a)++c', 'abac'), (r'\d*+\d', '123'), (r'a++b', 'aaab'), (r'(?:ab)++c', 'ababc'),
    (r'(?>a+)b', 'aaab'), (r'(?>a+)a', 'aaaa'), (r'a*+a', 'aaa'), (r'a?+a', 'a aa'), (r'a{1,2}+a', 'aaa aa'),
    (r'(?:a|b)*+b', 'abab'), (r'(?>(a)|b)+c', 'abac'), (r'((?>a*))*b', 'aab'), (r'(?>x(y)?)+z', 'xyxxz'),
    (r'(a)*+b', 'aab'), (r'(?:(a)|(b))++', 'abba'), (r'[ab]{2}+c', 'ababc abc'), (r'x(?>[^y]*)y', 'xaay xaa'),
    (r'(?=(a+))a*b\1', 'baaabac'), (r'(?<=(a))b', 'ab'), (r'(?<!^)\b', 'ab cd'), (r'(?!a)\w', 'abc'),
    (r'(a)?(?(1)b|c)', 'abc ac'), (r'(?:(a)|x)(?(1)y|z)', 'ay xz az xy'), (r'^(?:(\()?\d+(?(1)\)))$', '(12)'),
    (r'(?:a(?=b)|.)+', 'abac'), (r'(?<=\d{3})x', '123x 12x'), (r'(?<=a|b)c', 'ac bc cc'),
]
for pat, s in cases:
    p = re.compile(pat)
    m = p.search(s)
    print(repr(pat), p.findall(s), m and (m.span(), m.groups()), [m.span() for m in p.finditer(s)])
