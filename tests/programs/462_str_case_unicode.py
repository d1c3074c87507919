# case mappings (full, special casing, final sigma) and title/capitalize/swapcase/casefold
words = ["hello world", "HELLO", "ß", "ﬁre", "İstanbul", "ǅemal", "ΟΔΟΣ", "σς", "ΑΣ.", "ΑΣ'Β", "Σ", "aΣ b", "ŉ", "ᾳ",
         "they're bill's friends", "123abc", "abc123def", "\U00010428\U00010400", "ǈ ǉ Ǉ", "a\u0345b", "ﬃ", "Ꭰꭰ"]
for w in words:
    print(repr(w), repr(w.upper()), repr(w.lower()), repr(w.title()), repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()))
    print("   ", w.isupper(), w.islower(), w.istitle())
print("ΌΣΟΣ ΣΟΦΟΣ".lower(), "ΑΣ\u0301".lower(), "Α\u0301Σ".lower(), "ΑΣΑ".lower())
print("İ".lower(), len("İ".lower()), "ﬀ".upper(), "ǰ".upper(), "ΐ".upper())
print("mIxEd CaSe 123".swapcase(), "hello WORLD".capitalize(), "o'neil mc-donald".title())
print("".upper(), "".title(), "".casefold(), "A".casefold(), "ΣΑ".casefold())
