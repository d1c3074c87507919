import re
text = "Contact: alice@example.com, bob.smith@test.org; phone 555-1234 or 555-9876."
print(re.findall(r"[\w.]+@[\w.]+", text))
print(re.findall(r"(\d{3})-(\d{4})", text))
m = re.search(r"(?P<user>\w+)@(?P<domain>[\w.]+)", text)
print(m.group(), m.group(1), m.group("domain"), m.groups(), m.groupdict(), m.span(), m.start(2), m.end())
print(re.sub(r"\d", "#", text[-25:]), re.sub(r"(\w+)@", r"<\1>@", "a@b c@d"), re.subn("o", "0", "foo boo"))
print(re.split(r"[,;]\s*", "a, b;c ,d"), re.split(r"(\s)", "x y"), re.split(r"\W+", "one, two!three", maxsplit=1))
print(bool(re.match(r"\d+$", "123")), re.match("a", "ba"), re.fullmatch(r"[a-z]+", "abc") is not None, re.fullmatch("a", "ab"))
pat = re.compile(r"\b(\w)(\w*)\b", re.IGNORECASE)
print(pat.sub(lambda mm: mm.group(1).upper() + mm.group(2), "hello big world"), pat.pattern, pat.flags & re.I != 0, pat.groups)
print([mm.group() for mm in re.finditer(r"\d+", "a1b22c333")], re.findall(r"^\w", "ab\ncd", re.M), re.findall(r".", "a\nb", re.S))
print(re.escape("a.b*c?"), re.sub(r"(?<=a)b", "X", "abab cb"), re.findall(r"(?:ab)+", "ababab ab"), re.findall(r"a*?", "aa"))
print(re.match(r"(a)(b)?", "a").groups(), re.match(r"(a)(b)?", "a").groups("-"), re.sub(r"x*", "-", "abc"))
try:
    re.compile("(unclosed")
except re.error as e:
    print(type(e).__name__, e)
print(re.match(r"(\w+) (\w+)", "hello world").expand(r"\2 \1"), re.compile(r"\d").search("ab3").group())
print(re.findall(r"[^\x00-\x7f]", "aé日b"), re.sub(r"\s+", " ", "  lots   of\tspace\n"), re.I | re.M)
