# property with setter/deleter, classmethod/staticmethod, attribute errors.
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
class A:
    count = 0
    def __init__(self):
        self._x = 0
        A.count += 1
    @property
    def x(self):
        "the x"
        return self._x
    @x.setter
    def x(self, v):
        if v < 0:
            raise ValueError("negative")
        self._x = v
    @x.deleter
    def x(self):
        print("deleting x")
    @property
    def ro(self): return 1
    @classmethod
    def make(cls): return cls()
    @staticmethod
    def add(a, b=2): return a + b
a = A()
a.x = 5
print(a.x, A.x.__doc__, type(A.x).__name__, A.x.fget.__name__)
del a.x
t("set negative", lambda: setattr(a, "x", -1))
t("set ro", lambda: setattr(a, "ro", 2))
t("del ro", lambda: delattr(a, "ro"))
print(type(A.make()).__name__, A.count, a.add(1), A.add(1, 3), type(A.__dict__["make"]).__name__, type(A.__dict__["add"]).__name__)
a.count = 100
print(a.count, A.count)
del a.count
print(a.count)
t("del class attr via inst", lambda: delattr(a, "count"))
t("missing inst attr", lambda: a.nope)
t("missing class attr", lambda: A.nope)
t("getattr non-str", lambda: getattr(a, 5))
print(getattr(a, "zz", "dflt"), hasattr(a, "x"), hasattr(a, "zz"))
setattr(a, "q", 9)
print(a.q, sorted(vars(a)))
delattr(a, "q")
print(sorted(vars(a)))
class P:
    def __init__(self): self._v = 0
    v = property(lambda self: self._v, lambda self, x: setattr(self, "_v", x), doc="the v")
p = P()
p.v = 3
print(p.v, P.v.__doc__)
t("no deleter", lambda: delattr(p, "v"))
class OnlyGet:
    @property
    def x(self): return 1
t("no setter", lambda: setattr(OnlyGet(), "x", 5))
class Dyn:
    def __getattr__(self, name): return name.upper()
d = Dyn()
print(d.foo, getattr(d, "bar"), hasattr(d, "anything"))
class Dbl:
    def __setattr__(self, k, v): object.__setattr__(self, k, v * 2)
s = Dbl()
s.a = 3
print(s.a)
class Shared:
    items = []
    def add(self, x): self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(s1.items, Shared.items, s1.items is s2.items)
class Counter:
    instances = 0
    def __init__(self): type(self).instances += 1
class Sub(Counter): pass
Counter(); Sub(); Sub()
print(Counter.instances, Sub.instances)
t("int attr set", lambda: setattr(1, "real", 2))
t("list new attr", lambda: setattr([], "x", 1))
t("str missing", lambda: "x".uper())
t("None attr", lambda: None.foo)
t("type attr", lambda: int.foo)
