samples = ["", "abc", "ABC", "Abc", "abc123", "123", "12.3", "½", "²", "١٢", "  ", "\t\n", "Hello World", "hello world",
           "_id", "a b", "ß", "ǅ", "Ⅻ", "é", "\x00", "a\u0301", "ΣΑΣ", "Title Case Here", "不", "x1_"]
for s in samples:
    print(repr(s), s.isalpha(), s.isdigit(), s.isdecimal(), s.isnumeric(), s.isalnum(), s.isspace(),
          s.islower(), s.isupper(), s.istitle(), s.isidentifier(), s.isprintable(), s.isascii())
