def f(x):
    match x:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [("a" | "b") as letter, n] if n > 0:
            return f"letter {letter} positive {n}"
        case [("a" | "b") as letter, n]:
            return f"letter {letter} non-positive {n}"
        case (int() | float()) as num if num < 0:
            return f"negative {num}"
        case {"k": [_, *_] as lst}:
            return f"nonempty list under k: {lst}"
        case _:
            return "nothing"
for v in (2, ["a", 5], ["b", -1], -2.5, -7, {"k": [1, 2]}, {"k": []}, "zz"):
    print(repr(v), "->", f(v))
def guard_side_effect(x):
    log = []
    def g(tag):
        log.append(tag)
        return False
    match x:
        case 1 if g("first"):
            pass
        case int() if g("second"):
            pass
        case _:
            log.append("default")
    return log
print(guard_side_effect(1), guard_side_effect(2))
