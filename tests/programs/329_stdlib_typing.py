from typing import NamedTuple, TypedDict, Optional, Union, List, Dict, Callable, TypeVar, Generic, Protocol, Any, Literal, get_type_hints, cast, overload, Final, ClassVar
class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Pt(1, 2)._asdict(), Pt._fields, Pt.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}
print(m, Movie.__required_keys__ == {"title", "year"}, type(m).__name__)
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), Stack[int].__origin__ is Stack, T, T.__name__)
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], List[int], Dict[str, int], Callable[[int], str], Literal["a", 1])
def f(a: int, b: "str" = "x") -> Optional[List[int]]:
    return None
print(get_type_hints(f))
print(cast(int, "not checked"), Any, Final, ClassVar[int])
class Greeter(Protocol):
    def greet(self) -> str: ...
class English:
    def greet(self) -> str:
        return "hello"
def use(g: Greeter) -> str:
    return g.greet()
print(use(English()))
@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2
print(double(2), double("ab"))
