# Subclasses of list, str, int, dict, tuple, float: methods, operators, hashing,
# dict keys, __missing__, __new__ overrides, __init__ filling, str.join.
class L(list):
    def total(self): return sum(self)
l = L([1,2,3]); l.append(4)
print(l, l.total(), type(l).__name__, isinstance(l, list), len(l), l[0], l[1:3], 2 in l, list(l), l == [1,2,3,4], bool(L()))
class S(str):
    def shout(self): return self.upper() + "!"
s = S("hi")
print(s.shout(), s + "b", s == "hi", hash(s) == hash("hi"), {s: 1}["hi"], len(s), repr(s), str(s), f"{s}!", s.upper(), "-".join([s, "x"]))
class I(int):
    def double(self): return self * 2
i = I(5)
print(i + 1, repr(i), i.double(), i == 5, i < 6, int(i), [0,1,2,3,4,5][i], isinstance(i, int), -i, abs(I(-3)))
class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(d["zz"], d["a"], d, len(d), list(d.items()), isinstance(d, dict), d.get("q", 0))
class T(tuple):
    def first(self): return self[0]
t = T([1, 2])
print(t, t.first(), t + (3,), len(t), type(t).__name__)
class Named(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))
    @property
    def x(self): return self[0]
n = Named(3, 4)
print(n, n.x, n[1], type(n).__name__)
class Counter(dict):
    def __init__(self, items=()):
        super().__init__()
        for it in items:
            self[it] = self.get(it, 0) + 1
c = Counter("abca")
print(c, c["a"], sorted(c))
class Up(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Up("abc"), type(Up("x")).__name__)
class F(float): pass
print(F(1.5) * 2, F("2.5"))
