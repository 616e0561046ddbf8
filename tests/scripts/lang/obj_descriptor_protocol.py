# User descriptors: __get__/__set__/__delete__/__set_name__, precedence rules.
log = []
class Data:
    def __set_name__(self, owner, name):
        log.append(("set_name", owner.__name__, name))
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return ("class-access", objtype.__name__)
        return ("data", self.name, obj.__dict__.get(self.name))
    def __set__(self, obj, value):
        log.append(("set", self.name, value))
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        log.append(("delete", self.name))
        obj.__dict__.pop(self.name, None)

class NonData:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, objtype=None):
        return ("nondata", self.name, obj is None)

class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["so"] = ("via-set", value)

class GetSetNoDelete:
    def __get__(self, obj, objtype=None): return "gsnd"
    def __set__(self, obj, value): pass

class C:
    d = Data()
    n = NonData()
    so = SetOnly()
    g = GetSetNoDelete()

print(log)
c = C()
print(c.d)
c.d = 5
print(c.d, c.__dict__)
# Instance dict entry doesn't shadow a data descriptor.
c.__dict__["d"] = "shadow?"
print(c.d)
del c.d
print(c.d, log[-2:])
# Non-data descriptor is shadowed by instance dict.
print(c.n)
c.n = "inst"
print(c.n, C.n)
del c.n
print(c.n)
# Set-only descriptor (no __get__): __set__ is used, reads find the instance dict.
c.so = 1
print(c.__dict__["so"], type(c.so).__name__)
try:
    del c.g
except AttributeError as e:
    print(type(e).__name__, e)
# Class-level access.
print(C.d, C.n)
# Setting on the class replaces the descriptor.
C.n = "plain"
print(c.n)

# __set_name__ is not called for attributes set after class creation.
class Late: pass
Late.d = Data()
print("name" in vars(Late.__dict__["d"]))

# __set_name__ errors are propagated (3.12+: directly, with a note).
class BadName:
    def __set_name__(self, owner, name):
        raise ValueError("bad " + name)
try:
    class Oops:
        attr = BadName()
except Exception as e:
    print(type(e).__name__, e, getattr(e, "__notes__", None))

# A descriptor that is a method: functions are non-data descriptors.
def f(self): return "f on " + type(self).__name__
class M: meth = f
print(f.__get__(M())(), M().meth())
print(type(f.__get__(None, M)).__name__)

# Descriptor on metaclass applies to class attribute access.
class MetaDesc:
    def __get__(self, obj, objtype=None):
        return "meta-desc for " + obj.__name__
class Meta(type):
    md = MetaDesc()
class WithMeta(metaclass=Meta): pass
print(WithMeta.md)
try:
    WithMeta().md
except AttributeError as e:
    print(type(e).__name__, e)

# Validator descriptor pattern.
class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        return getattr(obj, self.private)
    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError(f"{self.private[1:]} must be positive, got {value}")
        setattr(obj, self.private, value)
class Item:
    price = Positive()
    qty = Positive()
    def __init__(self, p, q):
        self.price = p
        self.qty = q
it = Item(3, 4)
print(it.price * it.qty, sorted(vars(it)))
for args in [(0, 1), (1, -2)]:
    try:
        Item(*args)
    except ValueError as e:
        print(type(e).__name__, e)

# staticmethod / classmethod are descriptors too.
class S:
    @staticmethod
    def st(x): return x * 2
    @classmethod
    def cl(cls): return cls.__name__
sm = S.__dict__["st"]; cm = S.__dict__["cl"]
print(type(sm).__name__, type(cm).__name__, sm.__get__(None, S)(4), cm.__get__(None, S)())
print(sm.__func__(5), cm.__func__(S))
print(callable(sm))
