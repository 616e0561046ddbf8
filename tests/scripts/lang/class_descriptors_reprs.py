# Descriptors, __set_name__, type() with three args, __class_getitem__, reprs of callables.
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name
    def __get__(self, obj, typ=None):
        if obj is None:
            return self
        return obj.__dict__.get("_" + self.name, "unset")
    def __set__(self, obj, v):
        obj.__dict__["_" + self.name] = v * 10
class C:
    d = Desc()
c = C()
print(c.d)
c.d = 2
print(c.d, type(C.d).__name__, sorted(vars(c)))
class NonData:
    def __get__(self, obj, typ): return "nondata"
class D:
    n = NonData()
dd = D()
print(dd.n)
dd.__dict__["n"] = "instance wins"
print(dd.n)
T = type("T", (object,), {"x": 1, "f": lambda self: self.x + 1})
print(T().f(), T.__name__, type(T).__name__, T.__bases__)
class G:
    def __class_getitem__(cls, item): return f"G[{item.__name__}]"
print(G[int])
def deco(cls):
    cls.tag = "decorated"
    return cls
@deco
class Dc: pass
print(Dc.tag)
class P:
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
print(repr(P.m).split(" at ")[0], repr(P().m).split(" of ")[0], repr(P.c).split(" of ")[0])
print(repr(len), repr(print), repr([].append).split(" at ")[0])
print(repr(int.__add__), repr(str.__len__), repr(list.__getitem__), repr(dict.__contains__))
print(repr(list.append), repr(str.join), repr(dict.get), repr(object.__init__), repr(float.__repr__))
print(repr(int.__round__), repr(list.__reversed__), repr(object.__format__), repr(set.__contains__))
print(repr(tuple.__getitem__), repr(str.__contains__), repr(object.__eq__), repr(int.__hash__))
class Abstract:
    def area(self): raise NotImplementedError("subclass must implement")
try:
    Abstract().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
class CM:
    @classmethod
    def make(cls): return cls.__name__
class CMSub(CM): pass
print(CM.make(), CMSub.make(), CMSub().make())
print(C.__mro__, type.__name__, type(int), type(type(1)), int.__class__, (1).__class__.__name__)
class EqHash:
    def __init__(self, a): self.a = a
    def __eq__(self, o): return self.a == o.a
    def __hash__(self): return hash(self.a)
print(len({EqHash(1), EqHash(1)}), EqHash(1) in {EqHash(1)}, {EqHash(2): 1}[EqHash(2)])
class Inh(EqHash):
    def __eq__(self, o): return False
try:
    hash(Inh(1))
except TypeError as e:
    print(type(e).__name__, e)
print(Inh.__hash__, EqHash.__hash__ is not None)
import sys
print(vars(P()), P.__name__, P.__module__, sys.modules["__main__"].P is P)
