# abc: ABC and ABCMeta, abstractmethod on methods/properties/classmethods/
# staticmethods, __abstractmethods__, and the instantiation error messages.
import abc
from abc import ABC, ABCMeta, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


print(type(Shape).__name__, Shape.__abstractmethods__, isinstance(Shape, ABCMeta), ABC.__abstractmethods__ if hasattr(ABC, "__abstractmethods__") else "none")
try:
    Shape()
except TypeError as e:
    print(type(e).__name__, e)


class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


sq = Square(3)
print(sq.describe(), Square.__abstractmethods__, isinstance(sq, Shape), issubclass(Square, ABC))


class Many(ABC):
    @abstractmethod
    def zeta(self): ...

    @abstractmethod
    def alpha(self): ...

    @abstractmethod
    def mid(self): ...


print(sorted(Many.__abstractmethods__), type(Many.__abstractmethods__).__name__)
try:
    Many()
except TypeError as e:
    print(type(e).__name__, e)


class Partial(Many):
    def alpha(self):
        return "a"


try:
    Partial()
except TypeError as e:
    print(type(e).__name__, e)


class Partial2(Partial):
    def zeta(self):
        return "z"


try:
    Partial2()
except TypeError as e:
    print(type(e).__name__, e)


class Full(Partial2):
    def mid(self):
        return "m"


print(Full().alpha(), Full().zeta(), Full().mid(), Full.__abstractmethods__)


class Meta(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


print(sorted(Meta.__abstractmethods__), Meta.name.__isabstractmethod__, Meta.__dict__["make"].__isabstractmethod__)
try:
    Meta()
except TypeError as e:
    print(type(e).__name__, e)


class Impl(Meta):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


print(Impl.make().name, Impl.helper(), Impl.__abstractmethods__)


class CallsSuper(Shape):
    def area(self):
        return ("super returned", super().area())


print(CallsSuper().area())


def undecorated(self):
    return 1


f = abstractmethod(undecorated)
print(f is undecorated, f.__isabstractmethod__, getattr(len, "__isabstractmethod__", False))


class NoAbstract(ABC):
    def ok(self):
        return "fine"


print(NoAbstract().ok(), NoAbstract.__abstractmethods__)


class Plain:
    @abstractmethod
    def nope(self): ...


print(type(Plain()).__name__, "plain classes ignore abstractmethod")


class Late(ABC):
    def m(self):
        return 1


Late.m = abstractmethod(Late.m)
print("before update:", type(Late()).__name__)
abc.update_abstractmethods(Late)
print(Late.__abstractmethods__)
try:
    Late()
except TypeError as e:
    print(type(e).__name__, e)


class OverridesNew(ABC):
    @abstractmethod
    def f(self): ...

    def __new__(cls):
        return object.__new__(cls)


try:
    OverridesNew()
except TypeError as e:
    print(type(e).__name__, e)


class WithInit(ABC):
    def __init__(self, x):
        self.x = x

    @abstractmethod
    def g(self): ...


try:
    WithInit(1)
except TypeError as e:
    print(type(e).__name__, e)
print(abc.ABC.__module__, ABCMeta.__name__, ABC.__slots__, abc.get_cache_token() is not None)
Dyn = ABCMeta("Dyn", (), {"run": abstractmethod(lambda self: 0)})
try:
    Dyn()
except TypeError as e:
    print(type(e).__name__, e)
