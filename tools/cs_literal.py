"""C# string literal of a Python str, for the generators that write expected values into tests."""


def cs(s):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\': out.append('\\\\')
        elif ch == '"': out.append('\\"')
        elif ch == '\n': out.append('\\n')
        elif ch == '\t': out.append('\\t')
        elif 32 <= o < 127: out.append(ch)
        elif o > 0xFFFF: out.append('\\U%08X' % o)
        else: out.append('\\u%04X' % o)
    return '"' + ''.join(out) + '"'
