import textwrap
text = ("The quick brown fox jumps over the lazy dog. " * 4).strip()
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), textwrap.shorten("short", 10))
print(repr(textwrap.dedent("""
    indented
      more
    back
""")))
print(textwrap.indent("a\nb\n\nc", "> "), textwrap.indent("a\n\nb", "+ ", lambda line: True))
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10), textwrap.wrap("a\tb c", 5, expand_tabs=True))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder=" [...]")
print(w.wrap(text))
