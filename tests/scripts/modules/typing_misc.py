# typing: overload, NewType, TypedDict, final/override/no_type_check,
# assert_never, and the errors of misused special forms.
from typing import (Generic, Literal, Optional, TypeVar, Union, NewType, TypedDict,
                    overload, final, override, assert_never, no_type_check)


@overload
def conv(x: int) -> str: ...
@overload
def conv(x: str) -> int: ...
def conv(x):
    return str(x) if isinstance(x, int) else int(x)


print(conv(3), conv("4"))
UserId = NewType("UserId", int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)


class Movie(TypedDict):
    title: str
    year: int


m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__)


@final
class Leaf:
    @override
    def __repr__(self):
        return "Leaf()"


print(Leaf(), Leaf.__final__, Leaf.__repr__.__override__, no_type_check(conv) is conv, conv.__no_type_check__)
try:
    assert_never("unexpected")
except AssertionError as e:
    print("AssertionError", e)
for bad in [lambda: Generic[int], lambda: TypeVar("X", int), lambda: Union[int, str](),
            lambda: Optional[int](), lambda: Literal[1](), lambda: NewType("N", int)("v")]:
    try:
        print(repr(bad()))
    except TypeError as e:
        print("TypeError", e)
