# enum: the functional API in all its argument forms, __members__ and
# aliases, repr/str/format of Enum and IntEnum, value lookup errors.
from enum import Enum, IntEnum, auto

Color = Enum("Color", "RED GREEN BLUE")
print(list(Color), Color.RED.value, Color(3), Color["GREEN"], repr(Color.BLUE), Color.__name__)
Animal = Enum("Animal", ["ANT", "BEE", "CAT"], start=10)
print([(m.name, m.value) for m in Animal])
Comma = Enum("Comma", "ONE, TWO,THREE")
print([m.name for m in Comma], Comma.THREE.value)
Pairs = Enum("Pairs", [("X", "ex"), ("Y", "why"), ("Z", "ex")])
print(list(Pairs), Pairs.Z, Pairs.Z is Pairs.X, Pairs("why"), list(Pairs.__members__))
Mapped = Enum("Mapped", {"LOW": 1, "HIGH": 9})
print(list(Mapped), Mapped(9), Mapped.LOW < Mapped.HIGH if False else "unordered")
Level = IntEnum("Level", "DEBUG INFO WARN")
print(list(Level), Level.INFO + 10, Level.WARN == 3, Level(1), repr(Level.INFO), str(Level.INFO), f"{Level.DEBUG}")
Mod = Enum("Mod", "A B", module="some.where", qualname="Outer.Mod")
print(Mod.__module__, Mod.__qualname__, repr(Mod), repr(Mod.A))
Typed = Enum("Typed", {"ONE": 1, "TWO": 2}, type=int)
print(repr(Typed.ONE), Typed.TWO + 1, isinstance(Typed.ONE, int))
Empty = Enum("Empty", [])
print(list(Empty), len(Empty), repr(Empty))
for args in [("Bad", "A A"), ("Bad", ["mro"]), ("Bad", "_sunder_"), ("Bad", [("A", 1), ("B",)])]:
    try:
        E = Enum(*args)
        print(args, list(E))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)


class Shape(Enum):
    SQUARE = 4
    DIAMOND = 4
    TRIANGLE = 3
    CIRCLE = 0
    OVAL = 0


print(list(Shape), len(Shape), len(Shape.__members__))
print([(name, m.name) for name, m in Shape.__members__.items()])
print(Shape.DIAMOND, repr(Shape.OVAL), Shape(4), Shape["DIAMOND"], Shape._member_map_["OVAL"].name)
print(type(Shape.__members__).__name__, Shape._value2member_map_ == {4: Shape.SQUARE, 3: Shape.TRIANGLE, 0: Shape.CIRCLE})
print([m for m in Shape if m.value > 0], Shape.SQUARE in Shape, 4 in Shape, "SQUARE" in Shape.__members__)
for val in [5, "4", None, Shape.SQUARE]:
    try:
        print(repr(val), Shape(val))
    except ValueError as e:
        print(repr(val), type(e).__name__, e)
for name in ["square", 4, "OVAL"]:
    try:
        print(repr(name), Shape[name])
    except KeyError as e:
        print(repr(name), type(e).__name__, e)


class Weekday(IntEnum):
    MON = auto()
    TUE = auto()
    WED = auto()


class Plain(Enum):
    A = "alpha"
    B = 2


for m in [Weekday.TUE, Plain.A, Plain.B]:
    print(str(m), repr(m), format(m), f"{m}", f"{m!r}", f"{m!s}", "%s" % m, m.name, m.value)
print(format(Weekday.WED, "03d"), f"{Weekday.MON:>5}", f"{Weekday.MON + 0:x}", Weekday.TUE * 2, Weekday.WED // 2)
try:
    print(format(Plain.A, ">8"))
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([Weekday.WED, Weekday.MON, 2]), max(Weekday), Weekday(2) is Weekday.TUE, Weekday.MON < 2)
print(dir(Color)[:3] if False else "skip", Color.RED.__class__ is Color, Color.__members__["RED"] is Color.RED)
try:
    Weekday(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    Color.RED.value = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Color.NEW = 1
    print("set", Color.NEW)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Enum("X", "A")("A")
except ValueError as e:
    print(type(e).__name__, e)
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1, Color.RED is Color(1))
print({c: c.name.lower() for c in Color}, hash(Color.RED) == hash(Color.RED))
