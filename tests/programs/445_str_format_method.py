# str.format / format_map: numbering, names, attributes, indexing, nested specs, conversions
class P:
    x = 3
    y = [10, 20]
    def __repr__(self):
        return "P()"
d = {"a": 1, "b": {"c": [5, 6]}, "-1": "neg", "0": "zero"}
print("{} {} {}".format(1, "two", 3.0), "{1}{0}{1}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{0.x} {0.y[1]} {0!r} {0!s:>5}".format(P()), "{p.y[0]:03}".format(p=P()))
print("{d[a]} {d[b][c][1]} {d[-1]}".format(d=d), "{0[b]}".format(d), "{0[0]}".format([7]))
print("{:{}}|{:{}{}}|{:>{w}.{p}f}".format("ab", 5, 3.5, "^", 9, 2.0, w=8, p=3))
print("{0:{1}}|{0:{2}}".format(12, "x", "b"), "{{}} {{{0}}}".format(9), "}}{{")
print("{!r:^10}|{!a}|{!s}".format("é", "é", "é"), "{0[}]}".format({"}": 1}), "{0[:]}".format({":": 2}))
print("{a}{b}".format_map({"a": 1, "b": 2}), "{0}".format(*range(3)), "{x}".format(**{"x": "kw"}))
print("{:,} {:_x} {:%} {:e}".format(1234567, 255255, 0.25, 12345.678))
print("{0:d} {0:x} {0:o} {0:b} {0:c}".format(65), "{:>5}|{:<5}|{:^5}|".format(1, 2, 3))
print("".format(), "plain".format(1, 2, x=3), "{0}{0}".format("r"), "{0!r}".format("q'"))
print("{0.real}+{0.imag}".format(2.5), "{0.__class__.__name__}".format(1))
