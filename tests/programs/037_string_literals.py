print('single', "double", '''triple
single''', """triple
double""")
print("tab\there", "nl\\n", 'q\'s', "q\"d", "\x41\u00e9\U0001F600", "\101\7")
print(r"raw\n\t", R"RAW\d", rb"raw\bytes", Rb"x\y")
print("adjacent" " strings " 'concatenate')
print(len("\N{GREEK SMALL LETTER ALPHA}"), "\N{GREEK SMALL LETTER ALPHA}")
print(repr("a'b"), repr('a"b'), repr("a'b\"c"), repr("\n\t\\"), repr("\x00\x7f\x80\xff"))
print(repr("é€😀"), repr("\u200b\ud800"[0]))
s = "line1\
line2"
print(s)
print("\a\b\f\v\r".encode())
print(u"unicode prefix")
print(ascii("é€😀"), ascii("plain"))
