# typing.NamedTuple: class syntax with defaults and methods, the functional
# form, and the errors for bad field layouts.
from typing import NamedTuple, List, Optional


class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __str__(self):
        return "<%d,%d>" % (self.x, self.y)


p = Point(3, -4)
print(p, repr(p), p.norm1(), p._fields, p._field_defaults, isinstance(p, tuple))
print(p[0], p[-1], tuple(p), len(p), p == (3, -4, None), Point(1) < Point(2))
print(p._replace(y=1), p._asdict(), Point._make([1, 2, "z"]))
print(Point.__annotations__, Point.__name__, Point.__module__, Point.__mro__)
x, y, label = Point(7, 8, "q")
print(x, y, label, hash(Point(1, 2)) == hash((1, 2, None)), Point(x=5, label="k"))
Emp = NamedTuple("Emp", [("name", str), ("ids", List[int])])
e = Emp("ann", [1])
print(e, Emp._fields, Emp.__annotations__, e == ("ann", [1]), Emp("bo", ids=[]))
Empty = NamedTuple("Empty", [])
print(Empty(), Empty._fields, len(Empty()))


class Base(NamedTuple):
    a: int
    b: str = "x"


print(Base(1), Base(2, "y").b, sorted(Base._field_defaults.items()))
try:
    Point()
except TypeError as ex:
    print("TypeError", ex)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as ex:
    print("TypeError", ex)
try:
    class Bad2(NamedTuple):
        a: int
        _replace: int = 0
except Exception as ex:
    print(type(ex).__name__, ex)
try:
    class Bad3(NamedTuple, dict):
        a: int
except TypeError as ex:
    print("TypeError", ex)
