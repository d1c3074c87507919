from __future__ import annotations
def f(a: int, b: list[Undefined]) -> Optional[str]:
    return None
print(f.__annotations__)
class Node:
    next: Node | None
    value: dict[str, int] = {}
    def link(self, other: Node) -> Node:
        return other
print(Node.__annotations__, Node.link.__annotations__)
x: 1 + 2 = 5
print(__annotations__, x)
def g(*args: int, **kw: str): ...
print(g.__annotations__)
