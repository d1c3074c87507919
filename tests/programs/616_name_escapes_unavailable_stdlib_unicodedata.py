# \N{...} escapes need the unicodedata module: the first one imports it; while that import fails
# (sys.modules['unicodedata'] is None) they are refused, by the compiler and by unicode_escape.
# (No \N escape may appear in this file's own literals: compiling them would load the module.)
import sys

sys.modules['unicodedata'] = None
src = "'" + "\\" + "N{SOFT HYPHEN}'"
for attempt in range(2):
    try:
        print(ascii(eval(src)))
    except SyntaxError as e:
        print('SyntaxError', e.msg)
    try:
        print(ascii(("\\" + "N{SNOWMAN}").encode().decode('unicode_escape')))
    except UnicodeError as e:
        print(type(e).__name__, e, '|', repr(e.__cause__))
try:
    print(ascii(eval("'plain \\x41'")))
except SyntaxError as e:
    print('SyntaxError', e.msg)

del sys.modules['unicodedata']
print(ascii(eval(src)), 'unicodedata' in sys.modules)
sys.modules['unicodedata'] = None
print(ascii(eval(src)), ascii(("\\" + "N{SNOWMAN}").encode().decode('unicode_escape')))
