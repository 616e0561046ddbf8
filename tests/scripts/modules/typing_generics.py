# typing: TypeVar, ParamSpec, Generic, Protocol, get_origin and get_args.
from typing import (Any, Callable, Dict, Generic, List, Literal, Optional, Protocol, TypeVar,
                    Union, Annotated, ParamSpec, TypeVarTuple, NewType, TypedDict, get_args,
                    get_origin, overload, final, override, runtime_checkable, assert_never,
                    Sequence, Tuple, no_type_check, AnyStr)

T = TypeVar("T")
K = TypeVar("K", bound=int)
S = TypeVar("S", int, str, covariant=True)
C = TypeVar("C", contravariant=True)
print(T, K, S, C, T.__name__, K.__bound__, S.__constraints__, S.__covariant__, C.__contravariant__, AnyStr)
P = ParamSpec("P")
Ts = TypeVarTuple("Ts")
print(P, P.args, P.kwargs, Ts, Callable[P, int])


class Box(Generic[T]):
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v


class Pair(Generic[K, T]):
    pass


class IntBox(Box[int]):
    pass


print(Box[int], Box[str](3).v, Box(5).get(), Box.__mro__, Box.__parameters__)
print(Pair.__parameters__, Pair[int, str], IntBox.__mro__[1].__name__, IntBox(1).get())
print(Box[List[int]], Pair[int, Optional[str]])


class Greeter(Protocol):
    def greet(self) -> str: ...


class English:
    def greet(self):
        return "hello"


print(Greeter.__name__, Greeter.__mro__[1:], English().greet())
print(runtime_checkable(Greeter) is Greeter)

for tp in [List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str],
           Callable[..., str], Literal[1, "x"], Annotated[int, "a", 2], Tuple[int, ...],
           int, list[int], dict[str, List[int]], Sequence[int], Box[int], Generic]:
    print(repr(tp), "->", get_origin(tp), get_args(tp))
