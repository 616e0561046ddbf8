# __class__ reading and assignment; isinstance/issubclass with tuples and errors.
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
class A2(A):
    def who(self): return "A2"

a = A()
print(a.__class__.__name__, type(a).__name__, a.who())
a.__class__ = B
print(a.__class__.__name__, type(a).__name__, a.who(), isinstance(a, A), isinstance(a, B))
a.__class__ = A2
print(a.who(), isinstance(a, A))
try:
    a.__class__ = int
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.__class__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)
class WithSlots:
    __slots__ = ("x",)
class OtherSlots:
    __slots__ = ("y",)
ws = WithSlots()
try:
    ws.__class__ = OtherSlots
except TypeError as e:
    print(type(e).__name__, e)

# __class__ of builtins and classes.
print((1).__class__.__name__, "".__class__.__name__, A.__class__.__name__, type.__class__.__name__)
print(None.__class__.__name__, (lambda: 0).__class__.__name__, (x for x in ()).__class__.__name__)

# A property named __class__ fools isinstance (it checks __class__ as fallback).
class Liar:
    @property
    def __class__(self):
        return int
l = Liar()
print(type(l).__name__, l.__class__.__name__, isinstance(l, int), isinstance(l, Liar))

# isinstance / issubclass with tuples, nested tuples and unions.
print(isinstance(3, (str, int)), isinstance(3, (str, (bytes, (int,)))), isinstance(3, ()))
print(isinstance(True, int), isinstance(1, bool), isinstance(3, int | str), isinstance(None, type(None)))
print(issubclass(bool, (str, int)), issubclass(bool, ()), issubclass(A2, (B, (A,))))
print(issubclass(int, object), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, type), isinstance(object, type), isinstance(type, object))
print(issubclass(A2, A2), issubclass(A, A2))

# Errors
for args in [(1, 1), (1, (int, 1)), (1, "int")]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print(type(e).__name__, e)
for args in [(1, int), (int, 1), (int, (int, 1)), (int, (str, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    isinstance(1)
except TypeError as e:
    print(type(e).__name__, e)

# Custom __instancecheck__ / __subclasscheck__ via metaclass.
class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, str) and obj.startswith("x")
    def __subclasscheck__(cls, sub):
        return sub is int
class XStr(metaclass=Meta): pass
print(isinstance("xyz", XStr), isinstance("abc", XStr), isinstance(XStr(), XStr))
print(issubclass(int, XStr), issubclass(str, XStr), isinstance("xa", (int, XStr)))
# type() of instance vs __class__ after assignment and class-level checks.
class Base: pass
class Derived(Base): pass
d = Derived()
d.__class__ = Base
print(type(d) is Base, isinstance(d, Derived))
