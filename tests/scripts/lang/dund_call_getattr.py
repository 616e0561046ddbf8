# __call__ and attribute hooks: __getattr__, __getattribute__, __setattr__, __delattr__.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *args, scale=1, **kw):
        return (self.n + x) * scale, args, kw
add = Adder(10)
print(add(1), add(1, 2, 3, scale=2, z=0), callable(add), callable(Adder), callable(5))
print(list(map(Adder(1), [1, 2])))
try:
    add()
except TypeError as e:
    print(type(e).__name__, e)
class NotCallable: pass
try:
    NotCallable()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    five = 5
    five()
except TypeError as e:
    print(type(e).__name__, e)
# __call__ looked up on the type, not instance.
nc = NotCallable()
nc.__call__ = lambda: "inst"
print(callable(nc))
try:
    nc()
except TypeError as e:
    print(type(e).__name__, e)
# Calling a class with __call__ defined on its metaclass.
class CallMeta(type):
    def __call__(cls, *a): return ("metacall", cls.__name__, a)
class K(metaclass=CallMeta): pass
print(K(1, 2))

# __getattr__ only for missing attributes.
class Lazy:
    cls_attr = "class"
    def __init__(self): self.real = "real"
    def __getattr__(self, name):
        print("  __getattr__", name)
        if name.startswith("no_"):
            raise AttributeError(f"custom missing {name}")
        return name.upper()
lz = Lazy()
print(lz.real, lz.cls_attr, lz.dynamic, getattr(lz, "other"), hasattr(lz, "no_x"))
try:
    lz.no_thing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(lz, "no_y", "default"))

# __getattribute__ intercepts everything.
class Spy:
    def __init__(self): self.x = 1
    def __getattribute__(self, name):
        print("  __getattribute__", name)
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        print("  __getattr__ fallback", name)
        return "fallback-" + name
sp = Spy()
print(sp.x)
print(sp.secret)
print(sp.missing)
print(type(sp).__name__)  # type() doesn't go through __getattribute__

# __setattr__ / __delattr__
class Guarded:
    def __init__(self):
        object.__setattr__(self, "log", [])
    def __setattr__(self, name, value):
        self.log.append(("set", name, value))
        if name == "frozen":
            raise AttributeError("cannot set frozen")
        super().__setattr__(name, value)
    def __delattr__(self, name):
        self.log.append(("del", name))
        if name == "keep":
            raise AttributeError("keep is permanent")
        object.__delattr__(self, name)
g = Guarded()
g.a = 1
setattr(g, "b", 2)
g.keep = 3
try:
    g.frozen = 1
except AttributeError as e:
    print(type(e).__name__, e)
del g.a
try:
    del g.keep
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del g.nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
print(g.log, sorted(vars(g)))
g.b += 5
print(g.b, g.log[-1])

# Proxy delegating via __getattr__.
class Proxy:
    def __init__(self, target): object.__setattr__(self, "_t", target)
    def __getattr__(self, n): return getattr(self._t, n)
    def __setattr__(self, n, v): setattr(self._t, n, v)
class Target: pass
t = Target(); pr = Proxy(t)
pr.v = 42
print(t.v, pr.v, "v" in vars(pr))
p2 = Proxy([3, 1, 2])
p2.sort()
print(p2._t, p2.count(1))
try:
    len(p2)  # special methods are not found through __getattr__
except TypeError as e:
    print(type(e).__name__, e)

# __getattr__ raising something else propagates.
class Boom:
    def __getattr__(self, n): raise KeyError(n)
try:
    hasattr(Boom(), "x")
except KeyError as e:
    print(type(e).__name__, e)
# AttributeError attributes name/obj
try:
    Lazy.missing_cls_attr
except AttributeError as e:
    print(type(e).__name__, e, e.name, e.obj is Lazy)
try:
    object().foo
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
# Module-level __getattr__ is not used for the main module's globals but dir/getattr on class works.
print(getattr(Lazy, "cls_attr"), getattr(Lazy(), "zz"))
# __dir__
class WithDir:
    def __dir__(self): return ["b", "a", "c"]
print(dir(WithDir()))
