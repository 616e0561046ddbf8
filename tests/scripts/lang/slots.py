# __slots__: no instance __dict__, slot attributes, inheritance with and
# without __slots__, '__dict__' in __slots__, conflicts and errors.
class P:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    __slots__ = "z"


class R(P):
    pass


p = P(1, 2)
q = Q(3, 4)
q.z = 5
r = R(6, 7)
r.w = 8
print(p.x, q.z, r.w, hasattr(p, "__dict__"), hasattr(r, "__dict__"), r.__dict__)
for obj, attr in [(p, "w"), (q, "w")]:
    try:
        setattr(obj, attr, 1)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    print(P(1, 2).__dict__)
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print("ValueError:", e)


class WithDict:
    __slots__ = ("a", "__dict__")


w = WithDict()
w.b = 2
w.a = 1
print(w.b, w.a, w.__dict__)
try:
    print(P.__new__(P).x)
except AttributeError as e:
    print("AttributeError:", e)
del p.x
try:
    p.x
except AttributeError as e:
    print("AttributeError:", e)
p.x = 10
print(p.x, p.y, sorted(P.__slots__))


class Const:
    __slots__ = ()
    limit = 3


c = Const()
try:
    c.limit = 4
except AttributeError as e:
    print("AttributeError:", e)
print(c.limit)
