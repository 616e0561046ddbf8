# typing at run time: get_type_hints on functions/classes/inheritance,
# unresolvable hints, runtime_checkable Protocols, TypedDict and Final
# objects, annotations on instances and nested scopes (PEP 649 semantics).
import typing
from typing import (Any, ClassVar, Final, Optional, Protocol, TypedDict, List, Dict, Union,
                    get_type_hints, runtime_checkable, NamedTuple, Annotated, get_overloads,
                    overload, Literal, NotRequired, Required)


class Base:
    a: int
    b: "str" = "x"


class Derived(Base):
    c: List[int]
    d: ClassVar[int] = 0
    e: Final[float] = 1.0


def f(x: int, y: "Optional[str]" = None, *args: float, z: "Derived", **kw: Dict[str, int]) -> "List[int]":
    return [x]


print(get_type_hints(f))
print(get_type_hints(Base))
print(get_type_hints(Derived))
print(Derived.__annotations__, Base.__annotations__)
print(get_type_hints(lambda: 0), get_type_hints(int.__add__) if False else "skip")


def g(a: Annotated[int, "meta"], b: Literal["x", "y"]) -> None: ...


print(get_type_hints(g), get_type_hints(g, include_extras=True))


def broken(p: "NoSuchName") -> None:
    pass


try:
    get_type_hints(broken)
except NameError as e:
    print(type(e).__name__, e)


def lazy(p: NotYetDefined) -> int:
    return 1


print(lazy(5))
try:
    print(lazy.__annotations__)
except NameError as e:
    print(type(e).__name__, e)


class NotYetDefined:
    pass


print(lazy.__annotations__)


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Sized2(Protocol):
    size: int

    def __len__(self) -> int: ...


class File:
    def close(self):
        pass


class Box:
    size = 3

    def __len__(self):
        return 3


print(isinstance(File(), Closable), isinstance(1, Closable), isinstance(Box(), Sized2), isinstance([], Sized2))
print(issubclass(File, Closable), issubclass(int, Closable))
try:
    issubclass(Box, Sized2)
except TypeError as e:
    print(type(e).__name__, e)


class Plain(Protocol):
    def run(self) -> None: ...


try:
    isinstance(File(), Plain)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plain()
except TypeError as e:
    print(type(e).__name__, e)


class Movie(TypedDict):
    title: str
    year: NotRequired[int]


class Series(Movie, total=False):
    seasons: Required[int]
    network: str


print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(sorted(Series.__required_keys__), sorted(Series.__optional_keys__), Series.__total__)
print(Series(title="t", seasons=2), type(Series(title="t")) is dict, get_type_hints(Movie))
try:
    isinstance({}, Movie)
except TypeError as e:
    print(type(e).__name__, e)


@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return x


print(len(get_overloads(conv)), conv(1))


class Rec(NamedTuple):
    name: str
    tags: List[str] = []


print(get_type_hints(Rec), Rec("r"), Rec.__annotations__)


def outer():
    class Local:
        val: "Local"
        other: Optional[int]
    return Local


L = outer()
print(L.__annotations__["other"], L.__annotations__["val"])
try:
    print(get_type_hints(L))
except NameError as e:
    print(type(e).__name__, e)


class Inst:
    def __init__(self):
        self.x: int = 5
        self.y: List[int]


i = Inst()
print(i.x, hasattr(i, "y"), Inst.__annotations__, "__annotations__" in vars(i))
x: int
print("x" in globals(), typing.get_origin(Final[int]), typing.get_args(ClassVar[List[int]]))
for bad in [lambda: Final[int, str], lambda: ClassVar[1], lambda: Optional[1, 2], lambda: Union[()]]:
    try:
        print(bad())
    except TypeError as e:
        print(type(e).__name__, e)
