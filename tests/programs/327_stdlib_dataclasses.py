from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
    def total(self, qty):
        return self.price * qty
i = Item("pen", 1.5)
print(i, i.total(4), i == Item("pen", 1.5), i != Item("pen", 2), asdict(i), astuple(i), replace(i, price=2.0))
print([f.name for f in fields(Item)], Item.__annotations__, Item.__match_args__)
@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = field(default=0, compare=False)
vs = [Version(1, 2), Version(1, 0, 9), Version(0, 9)]
print(sorted(vs), max(vs), Version(1) == Version(1, 0, 5), hash(Version(1)) == hash(Version(1, 0, 7)))
try:
    vs[0].major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e)
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list, repr=False)
    parent: "Node" = field(default=None, repr=False)
    def __post_init__(self):
        self.doubled = self.value * 2
n = Node(3)
print(n, n.doubled)
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print(type(e).__name__, e)
@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int = 1
print(Opts(level=3))
try:
    Opts(True)
except TypeError as e:
    print(type(e).__name__, e)
@dataclass(slots=True)
class Slotted:
    a: int
print(Slotted(1), Slotted.__slots__, hasattr(Slotted(1), "__dict__"))
