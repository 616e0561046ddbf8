# dataclasses: InitVar, field(repr/compare/hash/init/kw_only/metadata),
# decorator options (eq, order, frozen, kw_only, unsafe_hash, slots, match_args),
# asdict/astuple recursion, replace with InitVar, fields(), make_dataclass.
import dataclasses as dc
from dataclasses import dataclass, field, InitVar, FrozenInstanceError


@dataclass
class Account:
    owner: str
    balance: float = 0.0
    secret: str = field(default="pw", repr=False)
    history: list = field(default_factory=list, compare=False)
    rate: InitVar[float] = 1.0

    def __post_init__(self, rate):
        self.balance = self.balance * rate
        self.history.append(("open", self.balance))


a = Account("ann", 10, rate=2.0)
b = Account("ann", 20.0, history=["x"])
print(a, b, a == b, a.history, b.history, hasattr(a, "rate"))
print([f.name for f in dc.fields(a)], dc.fields(Account)[2].repr, dc.fields(Account)[3].compare)
print(dc.asdict(a), dc.astuple(b))
c = dc.replace(a, owner="bob", rate=3.0)
print(c, c.history)
try:
    dc.replace(a, rate=None, nope=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print(dc.replace(a))
except ValueError as e:
    print(type(e).__name__, e)
f0 = dc.fields(Account)[0]
print(f0.name, f0.type, f0.default is dc.MISSING, f0.default_factory is dc.MISSING, f0.init, f0.kw_only)
print(type(dc.MISSING).__name__, type(InitVar[int]).__name__, repr(InitVar[int]), InitVar[int].type)


@dataclass
class Tagged:
    name: str
    meta: dict = field(default_factory=dict, metadata={"unit": "kg"}, hash=False)
    hidden: int = field(default=0, init=False)
    count: int = field(default=1, kw_only=True)


t = Tagged("t", count=5)
print(t, dc.fields(Tagged)[1].metadata["unit"], dict(dc.fields(Tagged)[1].metadata), t.hidden)
try:
    Tagged("x", {}, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dc.fields(3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(kw_only=True)
class Opts:
    verbose: bool = False
    level: int


print(Opts(level=3), Opts(level=1, verbose=True))
try:
    Opts(True, 3)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(order=True)
class Ver:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False)


vs = [Ver(1, 2, "b"), Ver(1, 0), Ver(0, 9, "a"), Ver(1, 2, "a")]
print(sorted(vs), Ver(1, 2, "x") == Ver(1, 2, "y"), Ver(1) < Ver(1, 1), Ver(2) >= Ver(1, 9))
try:
    Ver(1) < (1, 0)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(eq=False)
class Ident:
    x: int


print(Ident(1) == Ident(1), Ident.__eq__ is object.__eq__, Ident.__hash__ is object.__hash__)


@dataclass(unsafe_hash=True)
class Hashy:
    x: int
    y: list = field(hash=False, default=None)


print(hash(Hashy(1)) == hash(Hashy(1, [1])), Hashy.__hash__ is not None)


@dataclass
class Unhash:
    x: int


print(Unhash.__hash__)


@dataclass(frozen=True)
class Frozen:
    x: int
    tags: tuple = ()


fz = Frozen(1, ("a",))
for action in [lambda: setattr(fz, "x", 2), lambda: delattr(fz, "x"), lambda: setattr(fz, "new", 1)]:
    try:
        action()
    except FrozenInstanceError as e:
        print(type(e).__name__, e, isinstance(e, AttributeError))
print(fz, hash(fz) == hash(Frozen(1, ("a",))), {fz: 1}[Frozen(1, ("a",))], dc.replace(fz, x=5))
try:
    @dataclass
    class Thaw(Frozen):
        y: int = 0
except TypeError as e:
    print(type(e).__name__, e)


@dataclass(slots=True)
class Slim:
    a: int
    b: str = "s"


s = Slim(1)
print(s, Slim.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print(type(e).__name__, e)


@dataclass(match_args=False, repr=False)
class NoMatch:
    v: int


print(hasattr(NoMatch, "__match_args__"), "object at" in repr(NoMatch(1)))


@dataclass
class Inner:
    vals: list
    m: dict


@dataclass
class Outer:
    inner: Inner
    items: list
    pair: tuple


o = Outer(Inner([1, 2], {"k": Inner([], {})}), [Inner([3], {})], (Inner([4], {}), 5))
print(dc.asdict(o))
print(dc.astuple(o))
print(dc.asdict(o, dict_factory=lambda kv: sorted(kv))[:1])
d = dc.asdict(o)
d["inner"]["vals"].append(99)
print(o.inner.vals)


@dataclass
class Base:
    x: int = 1
    y: int = 2


@dataclass
class Derived(Base):
    z: int = 3
    x: int = 10


print(Derived(), [f.name for f in dc.fields(Derived)], Derived(1, 2, 3), dc.is_dataclass(Derived))


class NotDC(Base):
    extra = 5


print(NotDC(), dc.is_dataclass(NotDC), dc.fields(NotDC)[0].name)
P = dc.make_dataclass("P", [("x", int), "z", ("y", int, field(default=0))], namespace={"norm": lambda self: self.x + self.y})
print(P(1, 2, 3), P(1, z=0).norm(), P(1, 2), [f.name for f in dc.fields(P)], P.__name__)
try:
    @dataclass
    class Mutable:
        items: dict = {}
except ValueError as e:
    print(type(e).__name__, e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
