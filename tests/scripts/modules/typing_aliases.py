# typing: subscripted aliases and special forms print as CPython prints them.
from typing import (Any, AsyncGenerator, AsyncIterator, Awaitable, Callable, ClassVar,
                    Coroutine, Dict, Final, FrozenSet, Generator, Iterable, Iterator,
                    List, Literal, Mapping, Optional, Sequence, Set, Tuple, Type, Union,
                    Annotated, NoReturn, Never, Self, Deque, DefaultDict, Counter,
                    ContextManager, TypeVar, TYPE_CHECKING, cast)
import typing

T = TypeVar("T")
for x in [Any, Optional[int], Union[int, str], Union[int], Union[int, None], Optional[Union[int, str]],
          Union[int, Union[str, float]], Union[int, str, int], List[int], List, Dict[str, int],
          Tuple[int, ...], Tuple[()], Tuple[int, str], Set[int], FrozenSet[str],
          Callable[[int, str], bool], Callable[..., int], Callable, Callable[[], None],
          Iterable[T], Iterator[int], Generator[int, None, None], Generator[int],
          AsyncIterator[int], AsyncGenerator[int, None], Awaitable[int], Coroutine[Any, Any, int],
          Literal["a", 1], Literal[1, 1, 2], Final, Final[int], ClassVar[int], Type[int],
          Sequence[int], Mapping[str, int], List[Dict[str, Optional[int]]], Union[List[int], None],
          Annotated[int, "x"], NoReturn, Never, Self, Tuple, Dict, Optional[List[T]],
          List["int"], Union[int, "str"], Deque[int], DefaultDict[str, int], Counter[str],
          ContextManager[int], typing.Text, List[int] | None, None | List[int], T | None,
          Optional[Callable[[int], Any]]]:
    print(repr(x))
print(TYPE_CHECKING, cast(int, "x"), cast("List[int]", 3), cast(List[int], None))
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int])
print(List[int] != List[str], hash(List[int]) == hash(List[int]), Dict[str, int] == Dict[str, int])
print(List[int].__origin__, Dict[str, int].__args__, Union[int, str].__args__, Literal[1, "x"].__args__)
print(Callable[[int], str].__args__, Callable[..., str].__args__, Tuple[int, ...].__args__)


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except TypeError as e:
        print(label, "TypeError", e)


attempt("List[int, str]", lambda: List[int, str])
attempt("Dict[int]", lambda: Dict[int])
attempt("Optional[int, str]", lambda: Optional[int, str])
attempt("Union[()]", lambda: Union[()])
attempt("Final[int, str]", lambda: Final[int, str])
attempt("Any()", lambda: Any())
attempt("List()", lambda: List())
attempt("isinstance Any", lambda: isinstance(3, Any))
attempt("isinstance List[int]", lambda: isinstance([], List[int]))
attempt("List[int][str]", lambda: List[int][str])
attempt("Callable[int]", lambda: Callable[int])
print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance([], Iterable))
print(isinstance(3, Iterable), isinstance(iter([]), Iterator), isinstance(len, Callable))
print(isinstance(3, Optional[int]), isinstance("s", Union[int, str]), isinstance(2.5, Union[int, str]))
