# formatting instances of int/float/str subclasses: __format__ inherited, str() used for empty specs
class MyInt(int):
    pass
class Loud(int):
    def __str__(self):
        return "LOUD"
class F(float):
    pass
class S(str):
    def __str__(self):
        return "custom"
print(format(MyInt(42), ""), format(MyInt(42), "04x"), f"{MyInt(-3):+}", "%d %s" % (MyInt(5), MyInt(6)))
print(format(Loud(7), ""), format(Loud(7), "d"), f"{Loud(7)}", "{}".format(Loud(7)), "%s %d" % (Loud(7), Loud(7)))
print(format(F(2.5), ""), format(F(2.5), ".3f"), f"{F(-1.25):=+10.3}", "%s %.1f" % (F(0.5), F(0.25)))
print(format(S("xy"), ""), format(S("xy"), "4"), type(format(S("xy"), "")).__name__, f"{S('ab')}", f"{S('ab')!s}")
print("%s|%5s|%r" % (S("q"), S("q"), S("q")), "{0}|{0:>4}|{0!r}".format(S("w")))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{name} is {age}".format_map(Default(name="Ann")), "%(name)s %(x)s" % Default(name="Bo"))
print(round(MyInt(15), -1), type(round(MyInt(15))).__name__, round(F(2.5)), round(F(2.675), 2))
