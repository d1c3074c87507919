# An uncaught SyntaxError built by hand: the printer shows file, line, text and caret range.
print("before")
raise SyntaxError("custom problem", ("some/dir/module.py", 12, 5, "    value = 1 +* 2\n", 12, 9))
