# string.Formatter on top of _string.formatter_parser / formatter_field_name_split
import _string
import string
print(list(_string.formatter_parser("a{0!r:>{1}}b{{c}}{x.y[0]}")))
print(list(_string.formatter_parser("")), list(_string.formatter_parser("plain")), list(_string.formatter_parser("{}{:}{!s}")))
for name in ("a.b[0][x]", "12[3]", "", "0.real", "k[-1]"):
    first, rest = _string.formatter_field_name_split(name)
    print(repr(first), list(rest))
for bad in ("{", "}", "{0!}", "{0[}", "a{0.}"):
    try:
        print(list(_string.formatter_parser(bad)))
    except ValueError as e:
        print("ValueError", e)
try:
    _string.formatter_parser(5)
except TypeError as e:
    print("TypeError", e)
f = string.Formatter()
print(f.format("{0:>5}|{name}|{1!r}|{0:{w}}|{p.real}", 42, "x", name="n", w=4, p=2.5))
print(f.vformat("{} {}", (1, 2), {}), f.format("{a[1]}", a=[5, 6]))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        return kwargs.get(key, "?") if isinstance(key, str) else args[key]
print(Upper().format("{0}-{missing}-{x:>4}", "ab", x="q"))
try:
    f.format("{0}{}", 1, 2)
except ValueError as e:
    print("ValueError", e)
