# property: getter/setter/deleter, decorator chaining, docs, errors.
class Temp:
    def __init__(self):
        self._c = 0.0
    @property
    def celsius(self):
        "Temperature in C"
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp()
print(t.celsius)
t.celsius = 100
print(t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
del t.celsius
print(t._c)
print(Temp.celsius.__doc__)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.celsius.fset.__name__)
print(Temp.fahrenheit.fset, Temp.fahrenheit.fdel)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)

# property() called directly.
class P:
    def _get(self): return self.__dict__.get("_x", "none")
    def _set(self, v): self.__dict__["_x"] = v
    def _del(self): self.__dict__.pop("_x")
    x = property(_get, _set, _del, "the x")
    ro = property(lambda self: "ro")
    wo = property(None, lambda self, v: print("wo set", v))
p = P()
print(p.x); p.x = 3; print(p.x); del p.x; print(p.x)
print(P.x.__doc__, p.ro)
p.wo = 7
try:
    p.wo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)

# Property wins over instance dict (data descriptor).
p.__dict__["ro"] = "instance"
print(p.ro)

# Property in subclass overriding; extending parent's property.
class Base:
    @property
    def v(self): return "base"
class Sub(Base):
    @Base.v.getter
    def v(self): return "sub>" + Base.v.fget(self)
print(Sub().v, Base().v)
class Sub2(Base):
    @Base.v.setter
    def v(self, val): print("Sub2 set", val)
s2 = Sub2(); print(s2.v); s2.v = 1
try:
    Base().v = 2
except AttributeError as e:
    print(type(e).__name__, e)

# Property raising AttributeError falls back to __getattr__.
class G:
    @property
    def a(self):
        raise AttributeError("inner")
    def __getattr__(self, name):
        return "getattr:" + name
print(G().a)

# property copies
pr = property(lambda s: 1)
pr2 = pr.setter(lambda s, v: None)
print(pr is pr2, pr2.fset is not None, pr.fset)
# __set_name__ / __name__ of property (3.13+)
class H:
    @property
    def named(self): return 1
print(H.named.__name__)
# property returning property of class
print(isinstance(Temp.__dict__["celsius"], property))
# getattr with property on class returns the property object itself
print(Temp.celsius is Temp.__dict__["celsius"])
