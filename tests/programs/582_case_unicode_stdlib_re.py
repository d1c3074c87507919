# IGNORECASE with CPython's case tables (incl. the special folds re._casefix knows) and Unicode vs ASCII classes.
import re

cases = [
    (r'(?i)straße', 'STRASSE strasse Straße'), (r'(?i)[^a-z]+', 'ABC123def'), (r'(?i)ǅ', 'ǄǅǆDž'),
    (r'(?i)[k]', 'kK\u212a'), (r'(?i)\u212a', 'kK'), (r'(?i)[a-z]+', 'İstanbul ıi'), (r'(?i)ß', 'ẞß'),
    (r'(?i)[ß]', 'ẞß'), (r'(?i)ſ', 'sSſ'), (r'(?i)[st]+', 'ſSTt'), (r'(?i)ﬅ', 'ﬆ ﬅ'), (r'(?i)[a-fα-ω]+', 'ABCΣσς'),
    (r'(?i)σ', 'Σσς'), (r'(?i)[ς]', 'Σσς'), (r'(?i)ΐ', 'ΐ\u1fd3'), (r'(?i)(a)\1', 'aA Aa'), (r'(?i)(σ)\1', 'Σς σΣ'),
    (r'(?i)é', 'ÉéE'), (r'[αβγ]+', 'ΑΒΓδαβ'), (r'(?i)[αβγ]+', 'ΑΒΓδ'), (r'(?ia)[a-z]+', 'ABC\u212aé'),
    (r'(?i)[^k]', 'kK\u212ax'), (r'(?i)[\u0100-\u0105]+', 'ĀāĂăĄąĆ'), (r'(?i)\w+', 'ÀÉÎõü'),
    (r'\w+', 'héllo wörld ünïcode_1'), (r'(?a)\w+', 'héllo wörld'), (r'\d+', '12٣4५६ 78'), (r'(?a)\d+', '12٣4५६ 78'),
    (r'\s+', 'a \t\n\x1c\x85\u2028\u3000b'), (r'(?a)\s+', 'a \t\n\x1c\x85b'), (r'\W+', 'a¿¡b—c'), (r'\D+', 'a٣b'),
    (r'\bé\b', 'é éé x é'), (r'(?a)\b\w+\b', 'café crème'), (r'[😀-😂]+', 'a😀b😁😃'), (r'(?i)[😀]', '😀'),
    (r'.', '𝒜b'), (r'𝒜+', '𝒜𝒜x𝒜'), (r'[^𝒜]+', 'ab𝒜cd'), (r'(?i)𐐀', '𐐨𐐀'), (r'\w', '𝒜'),
]
for pat, s in cases:
    p = re.compile(pat)
    print(repr(pat), p.findall(s), [m.span() for m in p.finditer(s)])
import _sre
print([_sre.unicode_iscased(c) for c in (65, 97, 0x1c5, 0x2160, 0x131, 48, 0x10400)])
print([_sre.unicode_tolower(c) for c in (65, 0x130, 0x1c5, 0x2160, 0x10400, 0x1e9e)])
print([_sre.ascii_iscased(c) for c in (65, 97, 0xe9, 48)], [_sre.ascii_tolower(c) for c in (65, 0xc9, 122)])
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), repr(_sre.copyright))
