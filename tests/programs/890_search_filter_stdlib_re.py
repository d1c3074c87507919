# search()/findall()/finditer()/split() skip positions where no match can start: the answers must be
# those of trying every position (first item a repeat, a set, a group mark, a multiline ^).
import re

text = "ab12 cd 345;x-9\n\nfoo bar\n12.34.56.78 end\n"
patterns = [
    r"\d+", r"\d+\.\d+\.\d+\.(\d+)", r"(\d)(\d)?", r"[a-z]+x?", r"(?:[a-z])+", r"((\w)\w*)",
    r"(?m)^\w*", r"(?m)^$", r"(?m)^.*\d.*$", r"\s*", r"\s+", r"[;,]\s*|\s+-\s+", r"[^\d\s]+",
    r"(?i)[A-Z]+", r"\w*?\d", r"\d*", r"(?m)^(\w+) (\w+)$", r"x+?", r"\S{2,3}", r"[\d.]{5,}",
    r"(a)|\d+|[xy]+", r"(?:;|-)\d*", r"(?m)b|^f|o+", r"(?:\d\d|cd)+", r"(?i)(?:D|BAR)\b", r"(?:x|)\d",
    r"(\d)+|(?P<w>[a-z]{3})",
]
for p in patterns:
    c = re.compile(p)
    print(repr(p), c.findall(text))
    print("  iter", [(m.span(), m.group()) for m in c.finditer(text)])
    print("  search", [c.search(text, pos) and c.search(text, pos).span() for pos in (0, 3, 9, 17, len(text))])
    print("  endpos", c.search(text, 2, 6), c.findall(text, 1, 12))
    print("  split", c.split(text, 3))
    print("  sub", repr(c.sub("<>", text, 4)))

# empty matches next to non-empty ones
for p, s in [(r"\d*", "a1b22c"), (r"(?m)^", "a\nb\n"), (r"(?m)$", "a\nb\n"), (r"\b", "ab cd"), (r"x*", "")]:
    print(repr(p), repr(s), re.findall(p, s), re.sub(p, "-", s), re.split(p, s))

# lookbehind, backreferences, conditionals after a filtered start
print(re.findall(r"\w+(?<=\d)", "ab1 cd ef2 3"))
print(re.findall(r"(\w)\1+", "aabbbcdde"))
print(re.findall(r"(\d)?-(?(1)\d|x)", "1-2 -x 3-y"))
print(re.search(r"(?<![a-z])\d+", "ab12 34").group())
print(re.findall(r"[a-z]+(?=\d)", "abc1 de fg2"))

# IGNORECASE with non-ASCII, and astral subjects
s = "Straße STRASSE İstanbul ıi ǅ σς Σ 😀x😀"
for p in [r"(?i)[a-zß]+", r"(?i)s\w+", r"(?i)[σ]+", r"(?i)ǆ", r"\w+", r"(?i)[^\W\d]+", r"x+", r"[😀]+"]:
    print(repr(p), re.findall(p, s), [m.span() for m in re.finditer(p, s)])

# bytes patterns
b = b"ab12\xe9\xff cd 345\n\nx"
for p in [rb"\d+", rb"[\x80-\xff]+", rb"(?i)[A-Z]+", rb"(?m)^\w*", rb"\w+", rb"[^a-z\s]+", rb"(?L)\w+"]:
    print(p, re.findall(p, b), re.split(p, b, 2), re.sub(p, b"#", b))
print(re.findall(rb"\d+", bytearray(b"1 22 333")), re.findall(rb"\d+", memoryview(b"4 55")))
