# Exact TypeError/ValueError messages for bad calls to functions, methods, builtins.
def f(a, b, /, c, *, d): pass
def g(a, b=1, *args, c, **kw): pass
def h(): pass
def k(x): pass
class M:
    def m(self, a): pass
    @classmethod
    def cm(cls, a): pass
    @staticmethod
    def sm(a): pass
five, text, nothing, lst, pair = 5, "abc", None, [1], (1, 2)
cases = [
    lambda: f(1, 2, 3), lambda: f(1, 2, c=3), lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4),
    lambda: f(1, 2, 3, d=4, e=5), lambda: f(1, b=2, c=3, d=4), lambda: g(), lambda: g(1), lambda: g(1, c=2, a=3),
    lambda: h(1), lambda: h(x=1), lambda: k(), lambda: k(1, 2), lambda: k(1, x=2), lambda: k(y=1),
    lambda: M().m(), lambda: M().m(1, 2), lambda: M.cm(), lambda: M.sm(), lambda: M().m(a=1, b=2), lambda: M.m(),
    lambda: k(*1), lambda: k(**1), lambda: k(**{1: 2}), lambda: k(*[1], **{"x": 2}),
    lambda: len(1, 2), lambda: len(x=1), lambda: [].append(), lambda: [].append(1, 2), lambda: "a".split(1),
    lambda: {}.get(), lambda: int("1", "2"), lambda: int(x=1), lambda: abs(), lambda: divmod(1), lambda: print(bad=1),
    lambda: sorted([1], 2), lambda: sorted([1], key=1), lambda: "".join([1, 2]), lambda: "".join(5),
    lambda: isinstance(1), lambda: isinstance(1, 1), lambda: issubclass(1, int),
    lambda: range(), lambda: range(1, 2, 3, 4), lambda: range(1.5), lambda: range(1, 2, 0),
    lambda: (lambda x, y: 0)(1), lambda: (lambda: 0)(1), lambda: dict(1), lambda: list(1, 2), lambda: tuple(1),
    lambda: dict([1]), lambda: dict([(1, 2, 3)]), lambda: dict(["ab", "c"]), lambda: {}.update(1),
    lambda: [1].index(5), lambda: (1,).index(5), lambda: "abc".index("z"), lambda: [].pop(), lambda: [1].pop(5),
    lambda: {}.popitem(), lambda: set().pop(), lambda: [1].remove(2), lambda: chr(-1), lambda: ord("ab"), lambda: ord(1),
    lambda: int("12a"), lambda: float("x"), lambda: int(None), lambda: float([]), lambda: hex(1.5), lambda: round("x"),
    lambda: "x".center(), lambda: "abc".replace("a"), lambda: getattr(), lambda: zip(1), lambda: enumerate(5),
    lambda: list(map(1, [1])), lambda: list(filter(5, [1])), lambda: sum(["a", "b"]), lambda: sum([1], "s"),
    lambda: iter(), lambda: next(), lambda: next([1]), lambda: iter(5, 0), lambda: reversed(5),
    lambda: five(), lambda: text(), lambda: nothing(), lambda: lst(0), lambda: pair(),
    lambda: list(zip([1, 2], [1], strict=True)), lambda: list(zip([1], [1, 2], strict=True)),
    lambda: list(zip([1], [1], [1, 2], strict=True)), lambda: print(sep=1), lambda: print(end=5),
]
for i, c in enumerate(cases):
    try:
        print(i, c())
    except Exception as e:
        print(i, type(e).__name__, e)
class Init:
    def __init__(self, a): pass
class NoInit: pass
class RetInit:
    def __init__(self): return 1
for c in (lambda: Init(), lambda: Init(1, 2), lambda: NoInit(1), lambda: RetInit(), lambda: NoInit(x=1)):
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
