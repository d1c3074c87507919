def f(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point {px},{py}"
        case {"type": "circle", "r": r, **rest}:
            return f"circle r={r} rest={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "some mapping"
        case _:
            return "not mapping"
for v in ({"type": "point", "x": 1, "y": 2, "extra": 0},
          {"type": "circle", "r": 5, "color": "red", "z": 1},
          {"type": "square"}, {"a": 1}, {}, [("type", "point")], "s"):
    print(f(v))
class Missing(dict):
    def __missing__(self, k):
        return "default"
match Missing(a=1):
    case {"b": v}:
        print("matched b", v)
    case {"a": v}:
        print("matched a", v)
match {1: "one", 2: "two"}:
    case {1: x, 2: y}:
        print(x, y)
