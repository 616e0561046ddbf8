# enum mixed with built-in types: IntEnum, StrEnum, class E(int, Enum).
from enum import IntEnum, StrEnum, auto, Enum
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), Num.ONE + 1, Num.ONE == 1, hash(Num.ONE) == hash(1), {1: "x"}[Num.ONE], Num(2), f"{Num.TWO}", int(Num.TWO), isinstance(Num.ONE, int), sorted([Num.TWO, Num.ONE]), Num.TWO > 1, [0,1,2][Num.ONE])
class Col(StrEnum):
    RED = auto()
    BLUE = "blue"
print(Col.RED, repr(Col.RED), Col.RED == "red", Col.RED.upper(), f"{Col.BLUE}", "x" + Col.RED, list(Col), Col("blue"))
class P(int, Enum):
    A = 5
print(repr(P.A), str(P.A), P.A * 2)
