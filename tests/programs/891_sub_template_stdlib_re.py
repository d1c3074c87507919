# sub()/subn() with replacement templates: group references, named groups, \g<0>, unmatched and
# empty groups, escapes, count, bytes subjects.
import re

text = "2024-01-05 and 1999-12-31; bad 12-3 x"
date = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
print(date.sub(r"\3/\2/\1", text))
print(date.subn(r"\g<3>.\g<2>.\g<1>", text))
print(date.sub(r"[\g<0>]", text, count=1))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)", r"\g<m>/\g<y>", text))
print(re.sub(r"(\d+)-(\d+)?(x)?", r"<\1|\2|\3>", "12-3 45- 6-x"))
print(re.sub(r"(a)|(b)", r"[\1\2]", "abcab"))
print(re.sub(r"(a*)", r"<\1>", "baac"))
print(re.sub(r"x", r"\n\t\\", "axb"))
print(repr(re.sub(r"(\w+)", r"\1\101\t", "hi there")))
print(re.sub(r"(?m)^(\w)", r"\1\1", "ab\ncd\n"))
print(re.subn(r"(\d)", r"\1\1", "a1b2c3", 2))
print(re.sub(r"(é+)", r"<\1>", "aééb"), re.sub("(😀)", r"\1\1", "x😀y"))
print(re.sub(rb"(\d+)", rb"<\1>", b"a12b3"), re.subn(rb"(a)(b)?", rb"\2\1", b"abaab"))
print(re.sub(rb"(a)", rb"\1\1", bytearray(b"aXa")), re.sub(rb"(a)", rb"-", memoryview(b"aa")))
try:
    re.sub(rb"(a)", rb"\1-", memoryview(b"aa"))
except AttributeError as e:
    print("AttributeError", e)
print(type(re.sub(rb"(a)", rb"\1", bytearray(b"a"))))
for bad in [r"\2", r"\g<x>", r"\g<", r"\9"]:
    try:
        re.sub(r"(a)", bad, "a")
    except (re.error, IndexError) as e:
        print(type(e).__name__, repr(bad), e)
# a callable and a literal replacement still behave as before
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1b22"), re.sub(r"\d", "", "a1b2"))
class S(str):
    pass
print(repr(re.sub(r"(b)", r"\1\1", S("abc"))), type(re.sub(r"(b)", r"\1\1", S("abc"))).__name__)
