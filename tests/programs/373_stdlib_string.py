import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation)
print(string.capwords("hello   big wide world"), string.capwords("a-b c-d", "-"))
t = string.Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="apple"), t.safe_substitute(who="ann"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
try:
    string.Template("$1bad").substitute()
except ValueError as e:
    print(type(e).__name__, e)
f = string.Formatter()
print(f.format("{0}-{name}", 1, name="n"), list(f.parse("a{0:>3}b{x!r}")))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("{} and {:>5}", "abc", "de"))
