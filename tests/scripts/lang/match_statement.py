# match statements: literal, capture, wildcard, or, as, guard, sequence with star,
# mapping with rest, class patterns with __match_args__ and keywords, errors.
from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ("r",)
    def __init__(self, r): self.r = r
def describe(v):
    match v:
        case None: return "none"
        case True: return "true"
        case 0 | 1: return "small int"
        case int(n) if n < 0: return f"negative {n}"
        case int() | float() as num: return f"number {num}"
        case "hello": return "greeting"
        case str(s): return f"string {s!r}"
        case []: return "empty list"
        case [x]: return f"one {x}"
        case [x, y]: return f"pair {x},{y}"
        case [first, *rest]: return f"first {first} rest {rest}"
        case {"type": "circle", "r": r}: return f"circle dict {r}"
        case {"k": v, **others}: return f"k={v} others={others}"
        case {}: return "some mapping"
        case Point(x=0, y=0): return "origin"
        case Point(x, y) if x == y: return f"diagonal {x}"
        case Point(x=px): return f"point x={px}"
        case Circle(r): return f"circle r={r}"
        case (a, (b, c)): return f"nested {a} {b} {c}"
        case _: return "other"
for v in [None, True, 0, 1, -5, 7, 2.5, "hello", "hi", [], [9], [1, 2], [1, 2, 3], (4, (5, 6)),
          {"type": "circle", "r": 3}, {"k": 1, "z": 2}, {"q": 1}, Point(0, 0), Point(2, 2), Point(1, 3),
          Circle(4), object(), (1, 2, 3), {1, 2}]:
    print(type(v).__name__, describe(v))
match 42:
    case x:
        print("captured", x)
def cmd(c):
    match c.split():
        case ["go", ("north" | "south") as d]: return f"go {d}"
        case ["take", *items] if items: return f"take {items}"
        case [_, *_]: return "unknown"
print(cmd("go north"), cmd("take a b"), cmd("take"), cmd("jump"))
try:
    match Circle(1):
        case Circle(a, b): pass
except TypeError as e: print(e)
