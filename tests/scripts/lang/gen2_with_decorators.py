# Multiple context managers in one with (plain and parenthesized forms),
# decorators with arguments, stacked decorators, decorator evaluation order.
class CM:
    def __init__(self, name, fail_enter=False):
        self.name, self.fail_enter = name, fail_enter
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise ValueError("enter " + self.name)
        return self.name.upper()
    def __exit__(self, *exc):
        print("exit", self.name, exc[0].__name__ if exc[0] else None)
        return False

with CM("a") as a, CM("b") as b, CM("c"):
    print("body", a, b)
with (CM("p1") as p1, CM("p2") as p2,):
    print("paren body", p1, p2)
with (
    CM("q1"),
    CM("q2") as q2
):
    print("multi-line paren body", q2)
with (CM("tuple-ish")):
    print("single in parens")
# A failing __enter__ in the middle exits the ones already entered.
try:
    with CM("ok1"), CM("bad", fail_enter=True), CM("never"):
        print("not reached")
except ValueError as e:
    print("caught", e)
# Targets can be any assignment target.
store = {}
class Obj: pass
o = Obj()
with CM("t1") as store["k"], CM("t2") as o.attr:
    pass
print(store, o.attr)

# Decorators.
def trace(fn):
    def wrapper(*args, **kw):
        print(f"call {fn.__name__}", [a if isinstance(a, (int, str)) else type(a).__name__ for a in args])
        return fn(*args, **kw)
    wrapper.__name__ = "traced_" + fn.__name__
    return wrapper

def repeat(times):
    print("repeat factory", times if isinstance(times, int) else type(times).__name__)
    def deco(fn):
        print("repeat decorating", fn.__name__)
        def wrapper(*a):
            return [fn(*a) for _ in range(times)]
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

def tag(label):
    def deco(fn):
        print("tag decorating", label, fn.__name__)
        fn.labels = getattr(fn, "labels", []) + [label]
        return fn
    return deco

@repeat(2)
@trace
def hello(who):
    return "hi " + who
print(hello.__name__, hello("bob"))

# Decorator expressions are evaluated top to bottom, applied bottom to top.
@tag("outer")
@tag("middle")
@tag("inner")
def labelled(): pass
print(labelled.labels)

# Arbitrary expressions as decorators (PEP 614).
registry = {}
decos = [trace, lambda f: registry.setdefault(f.__name__, f)]
@decos[1]
def reg(): return "registered"
print(registry["reg"]())
@(lambda f: f())
def computed(): return 42
print(computed)
@decos[0] if True else None
def chosen(x): return x * 2
print(chosen(4))

# Class decorators.
def add_method(cls):
    cls.extra = lambda self: "extra from " + type(self).__name__
    return cls
def singleton(cls):
    inst = cls()
    return lambda: inst
@singleton
@add_method
class Thing:
    pass
print(Thing() is Thing(), Thing().extra())

# Decorating methods; classmethod/staticmethod stacking with user decorators.
class K:
    @staticmethod
    @trace
    def s(x): return x + 1
    @classmethod
    @trace
    def c(cls, x): return cls.__name__, x
    @property
    @trace
    def p(self): return "prop"
print(K.s(1), K.c(2), K().p)

# Decorator that returns a non-callable.
@len
@str
def weird(): pass
print(type(weird).__name__, weird > 0)
# Decorator with keyword-argument factory and functools.wraps
import functools
def retry(*, times=1, on=Exception):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a):
            for attempt in range(times):
                try:
                    return fn(*a)
                except on as e:
                    print(f"  attempt {attempt + 1} failed: {e}")
            return "gave up"
        return wrapper
    return deco
counter = [0]
@retry(times=3, on=ValueError)
def flaky():
    "docstring kept"
    counter[0] += 1
    if counter[0] < 3:
        raise ValueError(f"fail {counter[0]}")
    return "succeeded"
print(flaky(), flaky.__name__, flaky.__doc__, flaky.__wrapped__.__name__)
# Decorator errors: calling a factory wrong.
try:
    @repeat
    def oops(): pass
    oops()
except TypeError as e:
    print(type(e).__name__, e)
