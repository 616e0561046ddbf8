# typing: a small fully annotated program -- annotations on everything
# (module, locals, classes, methods, lambdas' enclosing defs) must never
# break execution; TYPE_CHECKING-only imports, cast, Final, ClassVar.
from __future__ import annotations

from typing import (TYPE_CHECKING, Any, Callable, ClassVar, Dict, Final, Generic, Iterator,
                    List, Literal, NamedTuple, Optional, Protocol, Tuple, TypedDict, TypeVar,
                    Union, cast, overload)

if TYPE_CHECKING:
    from some_module_that_does_not_exist import Phantom  # never imported

T = TypeVar("T")
K = TypeVar("K")
MAX_ITEMS: Final = 3
registry: Dict[str, "Handler"] = {}
pending: List[Phantom]
Mode = Literal["r", "w"]


class Handler(Protocol):
    def __call__(self, payload: Dict[str, Any]) -> Optional[str]: ...


def register(name: str) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        registry[name] = fn
        return fn
    return deco


@register("echo")
def echo(payload: Dict[str, Any]) -> Optional[str]:
    text: str = payload.get("text", "")
    count: int
    return text or None


@register("sum")
def total(payload: Dict[str, Any]) -> Optional[str]:
    nums: List[Union[int, float]] = payload["nums"]
    acc: float = 0
    for n in nums:
        acc += n
    return str(acc)


class Stack(Generic[T]):
    created: ClassVar[int] = 0
    items: List[T]

    def __init__(self, items: Optional[List[T]] = None) -> None:
        self.items = list(items or [])
        Stack.created += 1

    def push(self, item: T) -> "Stack[T]":
        self.items.append(item)
        return self

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return iter(reversed(self.items))

    def __len__(self) -> int:
        return len(self.items)


class Point(NamedTuple):
    x: float
    y: float = 0.0

    def scaled(self, k: float) -> Point:
        return Point(self.x * k, self.y * k)


class Config(TypedDict, total=False):
    name: str
    mode: Mode
    limits: Tuple[int, ...]


@overload
def first(xs: List[T]) -> T: ...
@overload
def first(xs: str) -> str: ...
def first(xs: Union[List[T], str]) -> Union[T, str]:
    return xs[0]


def apply(fn: Callable[..., K], *args: Any, **kwargs: Any) -> K:
    result: K = fn(*args, **kwargs)
    return result


def run() -> None:
    local_table: Dict[str, List[int]] = {"a": [1, 2]}
    later: Undefined_Name_In_Local_Annotation
    print(registry["echo"]({"text": "hi"}), registry["echo"]({}), registry["sum"]({"nums": [1, 2.5]}))
    s: Stack[int] = Stack([1, 2])
    s.push(3).push(4)
    print(list(s), len(s), s.pop(), Stack.created, Stack[int] is not Stack)
    p = Point(1.5)
    print(p, p.scaled(2), Point._fields, sorted(Point.__annotations__))
    cfg: Config = {"name": "x", "mode": "r"}
    print(cfg, Config.__required_keys__, sorted(Config.__optional_keys__), Config.__total__)
    print(first([7, 8]), first("xyz"), apply(max, 3, 9), apply(sorted, [3, 1], reverse=True))
    v = cast(int, "not an int")
    w = cast("List[Phantom]", [1])
    print(v, w, cast(Any, None), MAX_ITEMS, local_table, TYPE_CHECKING)
    print(echo.__annotations__, total.__annotations__["return"], Stack.push.__annotations__)
    print(Stack.__annotations__, run.__annotations__, __annotations__)


run()
print(sorted(registry), callable(registry["sum"]), "Phantom" in globals())
