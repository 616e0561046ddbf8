"""from __future__ import annotations: annotations are stored as strings."""
from __future__ import annotations

import typing

x: "int" = 1
y: list[ int ]
z: dict[str, tuple[int, ...]] | None = None
w: typing.Callable[[int, str], None]
print(__annotations__)


def f(a: int, b: dict[str, "X"] = None, *args: int, c: -1 = 2, **kw: float) -> None:
    pass


print(f.__annotations__)


class C:
    z: C
    n: Undefined[1, 2.5, "s"]
    m: (a | b) & c

    def method(self) -> C:
        return self


print(C.__annotations__)
print(C.method.__annotations__)
print(typing.get_type_hints(C.method))
print(f.__annotations__["b"] == "dict[str, 'X']")
