def f(x):
    match x:
        case 0:
            return "zero int"
        case 1.5:
            return "one and a half"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes"
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case -3:
            return "minus three"
        case 1 + 2j:
            return "complex"
        case _:
            return "other"
for v in (0, 0.0, False, 1.5, "hello", b"bytes", None, True, 1, -3, 1 + 2j, "x"):
    print(repr(v), "->", f(v))
