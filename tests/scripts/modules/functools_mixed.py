# functools: total_ordering from each root method, cached_property edge
# cases, partial objects in combination, reduce over iterators, wraps chains.
import functools as ft


def make(root):
    ns = {"__init__": lambda self, v: setattr(self, "v", v),
          "__eq__": lambda self, o: self.v == o.v,
          "__repr__": lambda self: f"V({self.v})"}
    ops = {"__lt__": lambda s, o: s.v < o.v, "__le__": lambda s, o: s.v <= o.v,
           "__gt__": lambda s, o: s.v > o.v, "__ge__": lambda s, o: s.v >= o.v}
    ns[root] = ops[root]
    return ft.total_ordering(type("V_" + root, (), ns))


for root in ["__lt__", "__le__", "__gt__", "__ge__"]:
    C = make(root)
    a, b, c = C(1), C(2), C(1)
    print(root, a < b, a <= b, a > b, a >= b, b < a, b >= a, a <= c, a >= c, a < c, a > c,
          sorted([C(3), C(1), C(2)]), max(C(5), C(9)))


@ft.total_ordering
class Num:
    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        return isinstance(other, Num) and self.n == other.n

    def __lt__(self, other):
        if not isinstance(other, Num):
            return NotImplemented
        return self.n < other.n


for op in ["Num(1) <= 5", "Num(1) > 'x'", "Num(1) >= None"]:
    try:
        print(op, eval(op))
    except TypeError as e:
        print(op, type(e).__name__, e)


class Data:
    def __init__(self, xs):
        self.xs = xs
        self.count = 0

    @ft.cached_property
    def total(self):
        self.count += 1
        return sum(self.xs)


d = Data([1, 2, 3])
print(type(Data.total).__name__, Data.total.attrname, Data.total.__doc__, d.total, d.total, d.count)
d.total = 100
print(d.total, d.count, d.__dict__)
del d.total
print(d.total, d.count)
try:
    del d.total
    del d.total
except AttributeError as e:
    print(type(e).__name__, e)


class Slotted:
    __slots__ = ("x",)

    @ft.cached_property
    def val(self):
        return 1


try:
    Slotted().val
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Twice:
        cp = ft.cached_property(lambda self: 1)
        other = cp
except (TypeError, RuntimeError) as e:
    print(type(e).__name__, e)
loose = ft.cached_property(lambda self: 1)
try:
    class Late:
        pass
    Late.attr = loose
    Late().attr
except TypeError as e:
    print(type(e).__name__, e)

add = lambda *a, **k: (a, sorted(k.items()))
p1 = ft.partial(add, 1, x=1)
p2 = ft.partial(p1, 2, x=2, y=3)
p3 = ft.partial(p2)
print(p3(3, z=4), p3.args, p3.keywords, p3.func is add)
print(p3(x=9), ft.partial(ft.partial(ft.partial(add, "a"), "b"), "c")())
double = ft.partial(map, lambda v: v * 2)
print(list(double([1, 2, 3])), ft.partial(str.split, sep=",")("a,b,c"))
print(ft.partial(dict, a=1)(b=2), ft.partial(sorted, reverse=True)([3, 1, 2]))


class Box:
    def __init__(self, v):
        self.v = v

    def get(self, extra=0):
        return self.v + extra


getter = ft.partial(Box.get, Box(10))
print(getter(), getter(extra=5), ft.partial(Box, 7)().v)
try:
    ft.partial(Box.get)()
except TypeError as e:
    print(type(e).__name__, e)

print(ft.reduce(lambda a, b: a * b, iter([1, 2, 3, 4])), ft.reduce(lambda a, b: a + b, (x for x in "xyz")))
print(ft.reduce(lambda acc, x: acc + [x * x], range(5), []), ft.reduce(min, [5, 3, 8], 4))
print(ft.reduce(lambda a, b: f"({a}+{b})", "abcd"), ft.reduce(lambda a, b: f"({a}+{b})", "abcd", "_"))
for args in [(lambda a, b: a, []), (lambda a, b: a, iter(())), (None, [1, 2]), (lambda a: a, [1, 2])]:
    try:
        print(ft.reduce(*args))
    except TypeError as e:
        print(type(e).__name__, e)


def stage1(f):
    @ft.wraps(f)
    def w1(*a):
        return ["s1", f(*a)]
    return w1


def stage2(f):
    @ft.wraps(f)
    def w2(*a):
        return ["s2", f(*a)]
    return w2


@stage2
@stage1
def core(x):
    """core doc"""
    return x


core.tag = "t"
print(core(1), core.__name__, core.__doc__, core.__wrapped__.__name__, core.__wrapped__.__wrapped__(2))
print(core.__qualname__, core.__module__, getattr(core.__wrapped__, "tag", None), core.__dict__.keys() >= {"tag"})


@ft.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


print(paths(16, 16), paths.cache_info())
paths.cache_clear()
print(paths.cache_info(), paths(2, 2), paths.cache_info())
