def f(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one {a}"
        case [a, b]:
            return f"two {a} {b}"
        case (a, b, c):
            return f"three {a} {b} {c}"
        case [1, *rest]:
            return f"starts with 1, rest {rest}"
        case [*init, 0]:
            return f"ends with 0, init {init}"
        case [first, *_, last]:
            return f"first {first} last {last}"
        case _:
            return "not a sequence"
for v in ([], [9], (1, 2), [1, 2, 3], [1, 2, 3, 4], [5, 6, 7, 0], (4, 5, 6, 7), "ab", b"ab", range(2), {1, 2}, 3):
    print(repr(v), "->", f(v))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a, b, c, d)
match (1, 2):
    case [x, y]:
        print("tuple matches list pattern", x, y)
