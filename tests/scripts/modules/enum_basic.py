# enum.Enum: members, aliases, lookup by value and name, auto, unique, errors.
import enum
from enum import Enum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return f"{self.name}={self.value}"
    @property
    def lower(self): return self.name.lower()
print(Color.RED, repr(Color.GREEN), Color(2), Color["BLUE"], Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.RED in Color, Color.RED.describe(), Color.BLUE.lower)
print(Color.RED.name, Color.RED.value, type(Color.RED).__name__, isinstance(Color.RED, Color))
print(list(Color.__members__), Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash(Color.RED))
try: Color(7)
except ValueError as e: print(e)
try: Color["NOPE"]
except KeyError as e: print("KeyError", e)
class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Auto), Auto.D.value)
try: Color.RED = 5
except AttributeError as e: print(e)
print(f"{Color.RED}", format(Color.RED), str(Color.GREEN))
print({Color.RED: "r"}[Color.RED], sorted(Color, key=lambda c: c.value))
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
print(Color.RED < Color.GREEN if False else "no order")
class Shape(Enum):
    SQUARE = 2
    def __str__(self): return "shape!"
print(str(Shape.SQUARE), Shape.SQUARE._value_, Shape._member_names_)
