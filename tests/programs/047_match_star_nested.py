commands = ["go north", "look", "take lamp key", "drop", "quit now please"]
for c in commands:
    match c.split():
        case ["go", direction]:
            print("moving", direction)
        case ["look"]:
            print("looking")
        case ["take", *items]:
            print("taking", items)
        case ["quit", *_]:
            print("quitting")
        case [verb]:
            print("bare verb", verb)
def tree(t):
    match t:
        case (op, left, right) if op in "+*":
            l, r = tree(left), tree(right)
            return l + r if op == "+" else l * r
        case int(v):
            return v
print(tree(("+", 1, ("*", 2, ("+", 3, 4)))))
match {"user": {"name": "ann", "roles": ["admin", "dev"]}}:
    case {"user": {"name": str(name), "roles": ["admin", *others] as roles}}:
        print(name, roles, others)
    case _:
        pass
