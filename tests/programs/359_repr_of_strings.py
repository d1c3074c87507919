samples = ["", "a", "'", '"', "'\"", "it's", 'say "hi"', "both ' and \"", "\\", "\\n", "\n", "\r\n", "\t", "\x00", "\x07", "\x1b",
           "\x7f", "\x80", "\x9f", "\xa0", "\xad", "é", "\u0300", "\u2028", "\u2029", "\ufeff", "\ufffd", "\U0001F600", "\U000E007F",
           "\ud800", "\udfff", "\U0010FFFF", "日本", "\u200b", "a\x00b"]
for s in samples:
    print(repr(s), ascii(s), len(repr(s)))
print(repr(b"'\"\\\x00\x7f\x80\xff"), repr(bytearray(b"'")), repr(b'"'), repr(b"'"), repr(b"'\""))
print(str(["'", '"', "é\n"]), str(("\t",)), str({"k'": "v\""}))
