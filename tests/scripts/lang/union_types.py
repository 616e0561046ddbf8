from dataclasses import dataclass, fields


@dataclass
class P:
    x: int | None = None
    y: list[int] | None = None


print(P(), P(1))
print([f.type for f in fields(P)])
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
u = int | str | None
print(u, u.__args__, type(u).__name__, type(u))
print(int | str == str | int, int | str == int | float, int | int, (int | str) | (str | None))
print(hash(int | str) == hash(str | int))
print(list[int] | None, None | int, dict[str, int] | list[int])


class Box:
    pass


print(Box | None, int | Box)


def f(a: "int | str") -> int | None:
    pass


print(f.__annotations__)


class M(type):
    def __or__(cls, other):
        return ("M.__or__", cls.__name__, other)


class A(metaclass=M):
    pass


print(A | int)
for bad in ("str", 3):
    try:
        int | bad
    except TypeError as e:
        print("TypeError:", e)
try:
    isinstance([], list[int] | None)
except TypeError as e:
    print("TypeError:", e)
try:
    (int | str).nope
except AttributeError as e:
    print("AttributeError:", e)
