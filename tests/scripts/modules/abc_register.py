# abc: register() virtual subclasses, isinstance/issubclass through them,
# __subclasshook__, registration chains, ABCMeta subclasses.
from abc import ABC, ABCMeta, abstractmethod


class Drawable(ABC):
    @abstractmethod
    def draw(self): ...


class Sprite:
    def draw(self):
        return "sprite"


class Unrelated:
    pass


print(isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable))
ret = Drawable.register(Sprite)
print(ret is Sprite, isinstance(Sprite(), Drawable), issubclass(Sprite, Drawable))
print(Drawable in Sprite.__mro__, Sprite.__mro__, isinstance(Unrelated(), Drawable))


@Drawable.register
class Icon:
    pass


print(Icon.__name__, issubclass(Icon, Drawable), isinstance(Icon(), Drawable), "Icon() instantiates:", type(Icon()).__name__)


class SubSprite(Sprite):
    pass


print(issubclass(SubSprite, Drawable), isinstance(SubSprite(), Drawable))


class Widget(Drawable):
    pass


class ButtonLike(ABC):
    pass


ButtonLike.register(Widget)
print(issubclass(Widget, ButtonLike), issubclass(Drawable, ButtonLike))
Drawable.register(int)
print(isinstance(5, Drawable), issubclass(bool, Drawable), isinstance("s", Drawable))
print(Drawable.register(Sprite) is Sprite)
try:
    Drawable.register(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Icon.register
except AttributeError as e:
    print(type(e).__name__, e)


class Chain1(ABC):
    pass


class Chain2(ABC):
    pass


Chain2.register(Chain1)
Chain1.register(float)
print(issubclass(float, Chain1), issubclass(float, Chain2), isinstance(1.5, Chain2))
try:
    Chain1.register(Chain2)
except RuntimeError as e:
    print(type(e).__name__, e)


class HasLen(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance("abc", HasLen), isinstance(3, HasLen))


class Custom:
    def __len__(self):
        return 0


print(isinstance(Custom(), HasLen), issubclass(Custom, HasLen))


class Never(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return False


class ExplicitChild(Never):
    pass


Never.register(str)
print(issubclass(ExplicitChild, Never), issubclass(str, Never), issubclass(Never, Never))


class Meta2(ABCMeta):
    pass


class UsesMeta2(metaclass=Meta2):
    @abstractmethod
    def m(self): ...


UsesMeta2.register(bytes)
print(type(UsesMeta2).__name__, issubclass(bytes, UsesMeta2), isinstance(b"", UsesMeta2))
try:
    UsesMeta2()
except TypeError as e:
    print(type(e).__name__, e)
