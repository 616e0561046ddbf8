# __call__, __add__ and other arithmetic dunders.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
    def __call__(self, x):
        return x * self.factor
triple = Multiplier(3)
print(triple(5), triple("ab"), callable(triple), callable(Multiplier))
print(list(map(triple, [1, 2, 3])))
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(self.x + other.x, self.y + other.y)
        return NotImplemented
    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)
    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(self.x * k, self.y * k)
        return NotImplemented
    def __rmul__(self, k):
        return self.__mul__(k)
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, other):
        return isinstance(other, Vec) and (self.x, self.y) == (other.x, other.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, b - a, a * 3, 3 * a, -a, abs(b))
print(a + b == Vec(4, 6), a * 2.5)
try:
    a + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + a
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * "s"
except TypeError as e:
    print(type(e).__name__, e)
c = a
c += b
print(c, a)
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __repr__(self):
        return "Acc%r" % (self.items,)
acc = Acc()
acc += 1
acc += "two"
print(acc)
class Num:
    def __init__(self, v):
        self.v = v
    def __radd__(self, other):
        return Num(other + self.v)
    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))
    def __repr__(self):
        return "Num(%r)" % self.v
print(sum([Num(1), Num(2), Num(3)]), 10 + Num(5), Num(1) + 1)
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return (self.calls, args, kwargs)
ctr = Counter()
print(ctr(), ctr(1, 2), ctr(key="v"))
try:
    Vec(0, 0)()
except TypeError as e:
    print(type(e).__name__, e)
class Path:
    def __init__(self, parts):
        self.parts = parts
    def __truediv__(self, part):
        return Path(self.parts + [part])
    def __floordiv__(self, n):
        return Path(self.parts[:n])
    def __mod__(self, x):
        return "%s%%%s" % ("/".join(self.parts), x)
    def __repr__(self):
        return "/" + "/".join(self.parts)
print(Path([]) / "usr" / "bin", (Path(["a", "b", "c"]) // 2), Path(["x"]) % 5)
class Pow:
    def __pow__(self, e):
        return "pow %r" % (e,)
    def __rpow__(self, b):
        return "rpow %r" % (b,)
print(Pow() ** 2, 2 ** Pow())
class Cmp:
    def __lt__(self, other):
        return "lt result"
print(Cmp() < 1, 1 > Cmp())
