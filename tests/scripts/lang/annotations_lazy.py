# Annotations are evaluated lazily (3.14, PEP 649): classes, modules and
# functions; forward references; errors when read; no inheritance.
import sys


class C:
    x: int
    y: "str" = "a"
    z: list[int] = []
    if True:
        w: dict[str, "C"]


print(C.__annotations__, C.y, hasattr(C, "x"))


def f(a: int, b: "B" = 1, *args: str, c: float, **kw: Later) -> bool:
    pass


class Later:
    pass


print(f.__annotations__)
print(f.__annotations__ is f.__annotations__)
count: int = 5
print(sys.modules[__name__].__annotations__)


class D(C):
    v: Undefined


try:
    print(D.__annotations__)
except NameError as e:
    print("NameError:", e)


class E:
    pass


print(E.__annotations__, (lambda q: q).__annotations__)


def outer():
    T = float

    def inner(x: T) -> T:
        return x

    return inner


print(outer().__annotations__)


def g():
    pass


print(g.__annotations__, callable(f.__annotate__), g.__annotate__)


class Point:
    x: int = 0
    y: int = 0

    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5


print(Point.__annotations__, Point.norm.__annotations__)
