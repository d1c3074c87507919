import_like = None
class Color:
    RED = "red"
    GREEN = "green"
class NS:
    class Inner:
        X = 10
def f(x):
    match x:
        case Color.RED:
            return "value pattern red"
        case NS.Inner.X:
            return "dotted value 10"
        case Color.GREEN | "lime":
            return "green-ish"
        case other:
            return f"captured {other!r}"
for v in ("red", 10, "green", "lime", [1]):
    print(f(v))
match 5:
    case _:
        print("wildcard binds nothing")
match (1, 2):
    case (a, _):
        print("a =", a)
match 42:
    case n if n > 40:
        print("guarded capture", n)
print(n)
