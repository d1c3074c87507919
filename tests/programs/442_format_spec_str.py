# str formatting: fill/align, precision truncation, unicode fills and astral text
words = ["", "a", "abc", "hello world", "héllo", "日本語", "a😀b"]
specs = ["", "s", "5", "<6", ">6", "^7", "*^8", "-<5", ".2", ".0", "8.3", "🐍^9", "é>4", "x<1", "0", "05", "0>5", "^"]
for w in words:
    print(" | ".join(repr(format(w, s)) for s in specs))
print(f"{'x':{'>'}{5}}|{'abc':.{2}}|{'q':{'*'}^{7}}")
