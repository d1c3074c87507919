# re.error messages from the parser, and runtime errors raised by the matcher objects.
import re

for pat in ['(', ')', '[a', 'a**', '(?P<1>a)', '(?P<a>x)(?P<a>y)', r'\1', '(?<=a+)b', 'x{2,1}', '(?z)', r'\k',
            '(?P=missing)', 'a{,2}+?+', '(?i', '[z-a]', r'\N{NOT A NAME}', '(?<a>x)']:
    try:
        re.compile(pat)
        print(repr(pat), 'ok')
    except re.error as e:
        print(repr(pat), e.msg, e.pos, e)
try:
    re.compile('a\n(b')
except re.error as e:
    print(e, e.lineno, e.colno)
print(re.compile('(?x)a # b').match('a'), re.purge(), re.escape('1+1=2? [ok]'))
print(re.I, re.IGNORECASE.value, re.M | re.S, repr(re.A), re.RegexFlag(0), re.NOFLAG if hasattr(re, 'NOFLAG') else 0)
