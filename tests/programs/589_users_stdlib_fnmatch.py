# Standard library modules built on re: fnmatch, string.Template, textwrap, shlex-like splitting.
import fnmatch, string, textwrap

names = ['a.py', 'b.txt', 'c.PY', '.hidden', 'dir/x.py', '[x].py', 'ab?.py']
print(fnmatch.filter(names, '*.py'), fnmatch.fnmatch('C.PY', '*.py'), fnmatch.fnmatchcase('C.PY', '*.py'))
print(fnmatch.translate('*.[ch]'), fnmatch.translate('a?[!b-d]*'), fnmatch.filter(names, '[[]x].py'))
print([n for n in names if fnmatch.fnmatch(n, '?.*')], fnmatch.fnmatch('ab?.py', 'ab[?].py'))
t = string.Template('$who likes ${what}; $$5 $who')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
try:
    string.Template('$a $b').substitute(a=1)
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('bad $').substitute()
except ValueError as e:
    print('ValueError', e)
text = 'The quick brown fox jumps over the lazy dog, again and again and again.'
print(textwrap.wrap(text, 20), textwrap.fill(text, 30, break_long_words=False))
print(textwrap.dedent('   a\n     b\n   c'), textwrap.shorten(text, 25), textwrap.indent('x\ny', '# '))
print(string.capwords('hello   big world'), '%s' % 'x')
