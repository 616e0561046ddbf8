# enum: members with __init__ (tuple values), methods, properties,
# classmethods, _missing_, iteration order, __members__ with aliases.
from enum import Enum, auto


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.673e-11
        return G * self.mass / (self.radius * self.radius)


print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))
print([p.name for p in Planet], Planet((3.303e+23, 2.4397e6)))


class Status(Enum):
    ACTIVE = "active"
    INACTIVE = "inactive"
    ON = "active"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

    @classmethod
    def default(cls):
        return cls.ACTIVE

    def label(self):
        return self.value.title()


print(Status("ACTIVE"), Status.default(), Status.INACTIVE.label())
print(list(Status), list(Status.__members__.items())[-1], Status.ON.name)
try:
    Status(3)
except ValueError as e:
    print("ValueError:", e)


class Order(Enum):
    FIRST = auto()
    SECOND = auto()
    THIRD = auto()

    def __lt__(self, other):
        return self.value < other.value


print(sorted([Order.THIRD, Order.FIRST, Order.SECOND]), Order.FIRST < Order.THIRD)
print(Order.SECOND in Order, 2 in Order, 7 in Order, "x" in Order)
print(type(Order.FIRST) is Order, isinstance(Order.FIRST, Enum), issubclass(Order, Enum))
print(repr(Order), str(Order.THIRD), f"{Order.FIRST!r}", Order.FIRST.value)
print({m: m.value for m in Order}[Order.SECOND])
try:
    del Order.FIRST
except AttributeError as e:
    print("AttributeError:", e)
try:
    class More(Order):
        FOURTH = 4
except TypeError as e:
    print("TypeError:", e)
print(Order["THIRD"] is Order.THIRD, list(reversed(Order)))
