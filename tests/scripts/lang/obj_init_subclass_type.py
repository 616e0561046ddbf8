# __init_subclass__, type(name, bases, ns), simple metaclasses, __class_getitem__.
class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        print("init_subclass", cls.__name__, key, kwargs)
        super().__init_subclass__(**kwargs)
        if key is not None:
            Plugin.registry[key] = cls

class A(Plugin, key="a"): pass
class B(Plugin): pass
class AA(A, key="aa"): pass
print(sorted((k, v.__name__) for k, v in Plugin.registry.items()))
try:
    class Bad(Plugin, key="bad", extra=1): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(object, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)

# __init_subclass__ is implicitly a classmethod.
class Counter:
    n = 0
    def __init_subclass__(cls):
        Counter.n += 1
        cls.serial = Counter.n
class X(Counter): pass
class Y(Counter): pass
class Z(Y): pass
print(X.serial, Y.serial, Z.serial, Counter.n)
print(type(Counter.__dict__["__init_subclass__"]).__name__)

# type() with three arguments.
def init(self, v): self.v = v
T = type("T", (), {"__init__": init, "double": lambda self: self.v * 2, "k": 1})
t = T(21)
print(T.__name__, T.__qualname__, T.__bases__, t.double(), t.k)
print(T.__module__)
U = type("U", (T,), {})
print(U(5).double(), [c.__name__ for c in U.__mro__])
V = type("V", (A,), {}, key="v")
print("v" in Plugin.registry, V.__name__)
print(type(t) is T, type(T) is type, type(type) is type)
try:
    type("W", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("W", (), [])
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("W", ())
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, (), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    class FromBool(bool): pass
except TypeError as e:
    print(type(e).__name__, e)

# Metaclass basics.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *args):
        print("Meta.__call__", cls.__name__, args)
        return super().__call__(*args)
    def describe(cls):
        return "class " + cls.__name__
class WithMeta(metaclass=Meta):
    def __init__(self, x): self.x = x
w = WithMeta(3)
print(w.x, WithMeta.tag, WithMeta.describe(), type(WithMeta).__name__)
try:
    w.describe()
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(WithMeta): pass
print(type(Sub).__name__, Sub.tag)
Dyn = Meta("Dyn", (), {})
print(Dyn.tag, type(Dyn).__name__)
# Metaclass conflict.
class Meta2(type): pass
class Other(metaclass=Meta2): pass
try:
    class Conflict(WithMeta, Other): pass
except TypeError as e:
    print(type(e).__name__, e)
# A function as metaclass.
def fmeta(name, bases, ns):
    return "made " + name
class NotAClass(metaclass=fmeta): pass
print(NotAClass)
# __qualname__ of nested classes
class Outer:
    class Inner:
        def m(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner.__name__)
# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Box[int], Box[1, 2])
