# is* predicates on ASCII and Unicode (Unicode 14 tables of CPython 3.11)
samples = ["", "abc", "ABC", "Abc", "abc1", "123", "١٢٣", "½", "²", "Ⅷ", "一二三", "   ", "\t\n", "\u3000", "\x1c",
           "\u200b", "a b", "_id", "1id", "idé", "ﬁ", "ℌ", "\U0001D7D8", "௰", "\x85", "\xa0", "Ǆ", "ǅ", "\U00010400",
           "print", "class", "a-b", "ab\x00", "☃", "é", "\u0301", "\U000E0001", "·"]
for s in samples:
    print(repr(s), s.isalpha(), s.isalnum(), s.isdecimal(), s.isdigit(), s.isnumeric(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isprintable(), s.isascii(), s.isidentifier())
count = {}
for cp in range(0, 0x3000):
    c = chr(cp)
    for name in ("isalpha", "isdecimal", "isdigit", "isnumeric", "isspace", "islower", "isupper", "istitle", "isprintable"):
        if getattr(c, name)():
            count[name] = count.get(name, 0) + 1
print(count)
total = 0
for cp in range(0x3000, 0x30000, 7):
    c = chr(cp)
    total += c.isalpha() + 2 * c.isnumeric() + 4 * c.isprintable() + 8 * c.isupper() + 16 * (c.upper() != c)
print(total)
