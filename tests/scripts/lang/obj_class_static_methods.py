# classmethod / staticmethod: binding, alternate constructors, inheritance,
# direct calls, __func__/__wrapped__, and descriptor objects in the class dict.
class Date:
    count = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        type(self).count += 1
    @classmethod
    def from_string(cls, s):
        return cls(*map(int, s.split("-")))
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    @classmethod
    def kind(cls):
        return cls.__name__
    def __repr__(self):
        return f"{type(self).__name__}({self.y}, {self.m}, {self.d})"

class MyDate(Date):
    @classmethod
    def kind(cls):
        return "My" + super().kind()

print(Date.from_string("2024-02-29"), MyDate.from_string("2023-1-2"))
print(Date.count, MyDate.count)
print(Date.is_leap(2000), Date.is_leap(1900), MyDate.is_leap(2024), Date(1, 1, 1).is_leap(3))
print(Date.kind(), MyDate.kind(), MyDate(1, 2, 3).kind())
# Binding details.
bm = MyDate.from_string
print(type(bm).__name__, bm.__self__ is MyDate, bm.__func__ is Date.__dict__["from_string"].__func__)
inst_bm = MyDate(0, 0, 0).kind
print(inst_bm.__self__ is MyDate)
sm = Date.is_leap
print(type(sm).__name__, sm is Date.__dict__["is_leap"].__func__)
# staticmethod and classmethod objects are callable (3.10+) and have __wrapped__.
raw_sm = Date.__dict__["is_leap"]
raw_cm = Date.__dict__["kind"]
print(callable(raw_sm), raw_sm(2020), raw_sm.__wrapped__ is raw_sm.__func__, raw_cm.__wrapped__ is raw_cm.__func__)
print(raw_sm.__name__, raw_cm.__name__, raw_sm.__qualname__, raw_cm.__qualname__)
try:
    raw_cm()
except TypeError as e:
    print(type(e).__name__, e)
# Created without decorator syntax.
class Calc:
    def _add(a, b): return a + b
    add = staticmethod(_add)
    def _make(cls): return cls.__name__ + " made"
    make = classmethod(_make)
print(Calc.add(2, 3), Calc().add(4, 5), Calc.make(), Calc().make())
# classmethod on builtin function; staticmethod wrapping a class.
class Wrap:
    length = staticmethod(len)
    Inner = staticmethod(list)
print(Wrap.length("abc"), Wrap().Inner("ab"))
# Argument errors.
try:
    Date.is_leap()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Date.from_string()
except TypeError as e:
    print(type(e).__name__, e)
try:
    staticmethod()
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
# A non-callable can be wrapped; failure happens on call.
class Odd:
    s = staticmethod(5)
    c = classmethod(6)
print(Odd.s)
try:
    Odd.c()
except TypeError as e:
    print(type(e).__name__, e)
# Overriding a classmethod with a plain method / staticmethod in a subclass.
class Base:
    @classmethod
    def create(cls): return "Base.create for " + cls.__name__
class Child(Base):
    @staticmethod
    def create(): return "Child.create static"
class GrandChild(Child):
    @classmethod
    def create(cls): return "GC>" + super().create()
print(Base.create(), Child.create(), GrandChild.create())
# classmethod receives the metaclass-created class; metaclass method vs classmethod.
class Meta(type):
    def hello(cls): return "meta hello " + cls.__name__
class WithMeta(metaclass=Meta):
    @classmethod
    def hi(cls): return "classmethod hi " + cls.__name__
print(WithMeta.hello(), WithMeta.hi(), WithMeta().hi(), hasattr(WithMeta(), "hello"))
# The wrapper copies __name__/__doc__ but not arbitrary function attributes.
def f():
    "f doc"
    return 1
f.custom = "attr"
smf = staticmethod(f)
print(hasattr(smf, "custom"), smf.__doc__, smf.__name__, smf.__func__ is f, smf.__func__.custom)
# isinstance checks.
print(isinstance(raw_sm, staticmethod), isinstance(raw_cm, classmethod), isinstance(Date.kind, classmethod))
