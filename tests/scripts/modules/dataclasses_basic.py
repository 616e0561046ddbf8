# dataclasses: generated __init__/__repr__/__eq__/order/frozen/hash, field(), fields,
# asdict/astuple/replace, __post_init__, inheritance, KW_ONLY, errors.
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, KW_ONLY
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(Point(3), Point(x=4, y=5, tags=["a"]), [f.name for f in fields(Point)])
print(asdict(p), astuple(p), replace(p, y=9), is_dataclass(p), is_dataclass(Point), is_dataclass(1))
try: Point()
except TypeError as e: print(e)
try: Point(1, 2, [], 4)
except TypeError as e: print(e)
@dataclass(frozen=True, order=True)
class Version:
    major: int
    minor: int = 0
v = Version(1, 2)
print(v < Version(1, 3), sorted([Version(2), Version(1, 5), Version(1)]), hash(v) == hash(Version(1, 2)))
try: v.major = 3
except FrozenInstanceError as e: print("Frozen:", e, isinstance(e, AttributeError))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass
class Inv:
    qty: int
    price: float
    total: float = field(init=False, repr=False)
    def __post_init__(self):
        self.total = self.qty * self.price
i = Inv(3, 2.5)
print(i, i.total, Point.__hash__, Inv.__match_args__)
@dataclass
class Child(Point):
    z: int = 7
print(Child(1, 2, [], 3), [f.name for f in fields(Child)])
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int
print(K(1, c=3))
try: K(1, 2, 3)
except TypeError as e: print(e)
print(repr(Point.__init__.__qualname__), Point.__repr__.__qualname__)
