# TypeError messages for bad calls.
def f(a, b):
    return a + b
def g(a, b=2, *, c):
    return a + b + c
def h(*args, x):
    return args, x
class K:
    def method(self, x):
        return x
    def __init__(self, v):
        self.v = v
five = 5
text = "s"
attempts = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, 2, c=3),
    lambda: f(1, a=1),
    lambda: f(1, 2, b=3),
    lambda: g(1),
    lambda: g(1, 2, 3),
    lambda: g(c=1),
    lambda: h(1, 2),
    lambda: K(1).method(),
    lambda: K(1).method(1, 2),
    lambda: K(),
    lambda: K(1, 2),
    lambda: K(1, w=2),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(x=1),
    lambda: abs(),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y: 0)(1),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{"a": 1, "b": 2, "z": 3}),
    lambda: f(1, **{"a": 2}),
    lambda: f(*5),
    lambda: f(**5),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: [].append(1, 2),
    lambda: {}.get(1, 2, 3),
    lambda: int("1", "2", "3"),
    lambda: divmod(1),
    lambda: five(),
    lambda: text(),
    lambda: isinstance(1),
]
for i, attempt in enumerate(attempts):
    try:
        attempt()
        print(i, "no error")
    except TypeError as e:
        print(i, type(e).__name__, e)
def dup(**kw):
    return kw
try:
    dup(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
def many(a, b, c, d):
    pass
try:
    many(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    many(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
