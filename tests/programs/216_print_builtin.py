print("a", "b", "c")
print("a", "b", sep="")
print("a", "b", sep=None, end=None)
print(1, 2, 3, sep=" | ", end=" <end>\n")
print()
print("", end="")
print(*[], sep="x")
print("x", "y", sep="\n")
class Out:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        self.parts.append("<flush>")
o = Out()
print("to", "object", file=o, flush=True)
print("again", file=o, end="")
print(o.parts)
print("file None goes to stdout", file=None)
for bad in (lambda: print(sep=1), lambda: print(end=[]), lambda: print(file=5), lambda: print(x=1)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class S:
    def __str__(self): return "custom str"
print(S(), [S()] if False else "", 1.0, None, True, b"b", "é", sep=",")
