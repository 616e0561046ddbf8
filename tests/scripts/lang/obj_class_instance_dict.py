# Class attributes vs instance __dict__, shadowing, deletion, vars(), mutation via class.
class C:
    shared = []
    count = 0
    def __init__(self, v):
        self.v = v
    def bump(self):
        self.count += 1          # creates an instance attribute
        type(self).total = getattr(type(self), "total", 0) + 1

a, b = C(1), C(2)
print(a.__dict__, b.__dict__)
a.shared.append("x")
print(b.shared, C.shared is a.shared)
a.bump(); a.bump(); b.bump()
print(a.count, b.count, C.count, C.total, a.__dict__, b.__dict__)
a.shared = ["own"]
print(a.shared, b.shared, C.shared, sorted(a.__dict__))
del a.shared
print(a.shared)
try:
    del a.shared
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del b.nothing
except AttributeError as e:
    print(type(e).__name__, e)

# Class attribute changes are seen by all instances unless shadowed.
C.count = 100
print(a.count, b.count, C(3).count)
del C.count
try:
    print(C(4).count)
except AttributeError as e:
    print(type(e).__name__, e)
print(a.count)

# __dict__ manipulation is reflected in attributes and vice versa.
a.__dict__["extra"] = 42
print(a.extra, hasattr(a, "extra"), vars(a) is a.__dict__)
a.__dict__.clear()
print(hasattr(a, "v"), a.__dict__)
a.__dict__ = {"v": "replaced"}
print(a.v)
try:
    a.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)

# Class __dict__ is a mappingproxy and is read-only.
print(type(C.__dict__).__name__, "bump" in C.__dict__, "v" in C.__dict__)
try:
    C.__dict__["z"] = 1
except TypeError as e:
    print(type(e).__name__, e)
setattr(C, "z", 9)
print(C.__dict__["z"], a.z)

# Methods: function in class dict, bound method on instance.
print(type(C.__dict__["bump"]).__name__, type(a.bump).__name__, type(C.bump).__name__)
print(a.bump.__self__ is a, a.bump.__func__ is C.__dict__["bump"])
# Instance attribute holding a function is not bound.
a.f = lambda *args: args
print(a.f(1, 2))
# Assigning a function to the class binds it.
C.g = lambda self, x: (self.v, x)
print(b.g("y"))

# Builtin instances don't have __dict__.
try:
    (1).__dict__
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    "s".upper = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    int.foo = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del C.nosuch
except AttributeError as e:
    print(type(e).__name__, e)

# Inherited class attributes and overriding in subclasses.
class D(C):
    shared = "D's"
print(D(0).shared, C.shared, D.z, D.__dict__.get("z"))
# getattr default, hasattr, delattr
print(getattr(a, "missing", "dflt"), hasattr(D, "bump"))
delattr(C, "z")
print(hasattr(D, "z"))
# vars() errors
try:
    vars(1)
except TypeError as e:
    print(type(e).__name__, e)
print(sorted(k for k in vars(D) if not k.startswith("__")))
