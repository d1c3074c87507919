cases = [
    "1 + 'a'", "'a' + 1", "[1] + (2,)", "1 < 'a'", "len(5)", "None.x", "(1).x", "[].x", "{}['k']", "[1][5]", "(1,)[9]",
    "'abc'[10]", "int('x')", "float('y')", "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "undefined_var", "[1, 2].index(3)",
    "{}.pop('z')", "set().pop()", "import_me()", "'x'.foo()", "abs('x')", "-'x'", "~1.5", "'a' * 'b'", "[] * []",
    "hash([])", "{[]: 1}", "iter(5)", "next(iter([]))", "(lambda: 1)(2)", "int.x", "object().__dict__",
    "'a'.join([1])", "sorted([1, 'a'])", "divmod(1, 'a')", "chr(-5)", "range(1.5)", "[1, 2, 3][fl]", "'%d' % 'x'",
    "'%s %s' % (1,)", "'%s' % (1, 2)", "1 .__add__('a')", "complex(1) < 2", "max([])", "dict(a=1)['b']", "bytes('x')",
    "tuple(5)", "list.append(1)", "str.upper(1)", "int.__add__('a', 1)", "[].pop(0)", "'x'.index('y')", "memoryview(1)",
    "getattr(1, 'nope')", "type('x', (), {}).nope", "a, b = [1]", "x, = []", "print(*1)", "f(**1)",
]
for src in cases:
    try:
        exec(src, {"f": print, "fl": 1.0})
        print("no error:", src)
    except Exception as e:
        print(f"{src!r:28} {type(e).__name__}: {e}")
