class Indent:
    level = 0
    def __enter__(self):
        Indent.level += 1
        return self
    def __exit__(self, *exc):
        Indent.level -= 1
    def print(self, msg):
        print("  " * Indent.level + msg)
with Indent() as a:
    a.print("level 1")
    with Indent() as b:
        b.print("level 2")
    a.print("back to 1")
print(Indent.level)
class Transaction:
    def __init__(self, store):
        self.store = store
    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store
    def __exit__(self, et, ev, tb):
        if et is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print("rolled back because", ev)
            return True
        print("committed")
store = {"a": 1}
with Transaction(store) as s:
    s["b"] = 2
with Transaction(store) as s:
    s["c"] = 3
    raise ValueError("boom")
print(store)
class Reusable:
    def __init__(self):
        self.depth = 0
    def __enter__(self):
        self.depth += 1
        print("enter depth", self.depth)
    def __exit__(self, *a):
        print("exit depth", self.depth)
        self.depth -= 1
r = Reusable()
with r:
    with r:
        pass
