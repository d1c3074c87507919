samples = ["hello world", "HELLO", "Hello World", "hELLO wORLD", "ǅungla", "ßtraße", "straße", "ﬁne", "ΣΑΣ", "o'neil mc-donald", "123abc", "", "İstanbul", "ŉ"]
for s in samples:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold())
print("hello"[0].upper() + "hello"[1:], "ABC".lower().upper())
print("they're bill's friends".title(), "3rd place".title(), "a1b2".title())
print("ΌΣΟΣ".lower(), "ΑΣ".lower(), "Σ".lower(), "ΑΣ Β".lower())
