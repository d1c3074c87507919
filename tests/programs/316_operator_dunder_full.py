class Num:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Num({self.v})"
ops = ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "or", "xor", "matmul"]
def make(op):
    def f(self, other):
        return f"{self!r}.__{op}__({other!r})"
    return f
for op in ops:
    setattr(Num, f"__{op}__", make(op))
    setattr(Num, f"__r{op}__", make("r" + op))
    setattr(Num, f"__i{op}__", make("i" + op))
n = Num(1)
exprs = ["n + 2", "2 + n", "n - 2", "2 - n", "n * 2", "2 * n", "n / 2", "2 / n", "n // 2", "2 // n", "n % 2", "2 % n",
         "n ** 2", "2 ** n", "n << 2", "2 << n", "n >> 2", "2 >> n", "n & 2", "2 & n", "n | 2", "2 | n", "n ^ 2", "2 ^ n", "n @ 2", "2 @ n"]
for e in exprs:
    print(e, "=>", eval(e))
for op, sym in (("add", "+="), ("sub", "-="), ("pow", "**="), ("matmul", "@="), ("or", "|=")):
    x = Num(5)
    exec(f"x {sym} 3")
    print(sym, "=>", x)
