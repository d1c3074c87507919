from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.GREEN), Color(3), Color["BLUE"], Color.CRIMSON is Color.RED, list(Color), len(Color))
print(Color.RED.name, Color.RED.value, isinstance(Color.RED, Color), Color.RED == 1, [m.name for m in Color.__members__.values()])
try:
    Color(7)
except ValueError as e:
    print(type(e).__name__, e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), int(Num.TWO), f"{Num.ONE}", str(Num.ONE), repr(Num.ONE))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, Perm(0), list(rw) if hasattr(rw, "__iter__") else "", Perm.R.value, Perm.X.value)
class Bits(IntFlag):
    A = 1
    B = 2
print(Bits.A | Bits.B, int(Bits.A | 4), Bits(3), repr(Bits(0)))
class Auto(Enum):
    FIRST = auto()
    SECOND = auto()
print([(m.name, m.value) for m in Auto])
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print(type(e).__name__, e)
class Planet(Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def density_hint(self):
        return f"{self.mass / self.radius ** 3:.3e}"
print(Planet.EARTH.mass, Planet.EARTH.density_hint, Planet.EARTH.value)
match Color.GREEN:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("matched green")
