x: int = 5
y: "forward"
print(__annotations__)
def f(a: int, b: "str" = "s", *args: float, c: list[int], **kw: dict) -> bool:
    return True
print(f.__annotations__)
class C:
    a: int
    b: str = "hi"
    c: list[int] = []
print(C.__annotations__, C.b, hasattr(C, "a"))
def g():
    local: int = 3
    unused: str
    return local
print(g(), g.__annotations__)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
print(int | str, int | None, list[int] | None)
print(isinstance(3, int | str), issubclass(bool, int | float))
class D:
    x: int
    def m(self) -> "D":
        return self
print(D.m.__annotations__)
