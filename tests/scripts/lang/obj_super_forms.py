# super(): zero-arg and two-arg forms, classmethods, staticmethod errors, properties.
class A:
    def m(self): return "A.m"
    @classmethod
    def cm(cls): return "A.cm(%s)" % cls.__name__
    @staticmethod
    def sm(): return "A.sm"
    x = "A.x"
    @property
    def prop(self): return "A.prop"

class B(A):
    def m(self): return "B.m>" + super().m()
    @classmethod
    def cm(cls): return "B.cm>" + super().cm()
    @staticmethod
    def sm(): return "B.sm>" + super(B, B).sm()
    x = "B.x"
    @property
    def prop(self): return "B.prop>" + super().prop

class C(B):
    def m(self): return "C.m>" + super(C, self).m()
    @classmethod
    def cm(cls): return "C.cm>" + super(C, cls).cm()
    def skip(self): return super(B, self).m()
    def getx(self): return super().x, super(B, self).x

c = C()
print(c.m())
print(C.cm())
print(c.cm())
print(B.cm())
print(C.sm())
print(c.prop)
print(c.skip())
print(c.getx())
print(super(C, c).m())
print(super(B, C).cm())

# Unbound super objects and their attributes.
s = super(B, c)
print(type(s).__name__)
print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
s2 = super(B, C)
print(s2.__self__ is C, s2.__self_class__ is C)

# Errors.
try:
    super(C, A())
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(C, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, c).nope
except AttributeError as e:
    print(type(e).__name__, e)
def outside():
    return super()
try:
    outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class D:
    @staticmethod
    def s():
        return super().x
try:
    D.s()
except RuntimeError as e:
    print(type(e).__name__, e)

# super() in __init__ chains with cooperative multiple inheritance.
log = []
class Root:
    def __init__(self, **kw):
        log.append("Root")
class L(Root):
    def __init__(self, left=None, **kw):
        log.append("L:%s" % left)
        super().__init__(**kw)
class R(Root):
    def __init__(self, right=None, **kw):
        log.append("R:%s" % right)
        super().__init__(**kw)
class LR(L, R):
    def __init__(self, **kw):
        log.append("LR")
        super().__init__(**kw)
LR(left=1, right=2)
print(log)

# super() inside a nested function/comprehension uses the enclosing __class__.
class E(A):
    def m(self):
        f = lambda: super(E, self).m()
        return [super().m() for _ in range(2)], f()
print(E().m())

# __class__ cell.
class F:
    def which(self): return __class__.__name__
class G(F): pass
print(G().which())

# super() with __new__
class N:
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
class N2(N):
    def __new__(cls, *a):
        return super().__new__(cls, *a, "extra")
print(N2(1, 2).args)

# super() attribute setting is not allowed
try:
    super(C, c).x = 5
except AttributeError as e:
    print(type(e).__name__, e)
