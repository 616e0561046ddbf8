# __eq__, __lt__ and friends, __hash__.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def key(self):
        return (self.major, self.minor)
    def __eq__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return self.key() == other.key()
    def __lt__(self, other):
        return self.key() < other.key()
    def __le__(self, other):
        return self.key() <= other.key()
    def __hash__(self):
        return hash(self.key())
    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)
a = Version(1, 2)
b = Version(1, 10)
c = Version(1, 2)
print(a == c, a == b, a != b, a != c, a is c)
print(a < b, b < a, a <= c, a > b, b > a, b >= a)
print(a == "1.2", "1.2" == a, a != 3)
print(sorted([Version(2, 0), Version(1, 5), Version(1, 0)]))
print(max(a, b), min([b, a, c]))
print(len({a, b, c}), hash(a) == hash(c))
d = {a: "first"}
d[c] = "replaced"
print(d)
print(a in [b, c], Version(9, 9) in [a, b])
class NoEq:
    pass
x = NoEq()
y = NoEq()
print(x == x, x == y, x != y)
print(hash(x) == hash(x))
class EqOnly:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return isinstance(other, EqOnly) and self.v == other.v
print(EqOnly(1) == EqOnly(1), EqOnly(1) != EqOnly(2))
try:
    hash(EqOnly(1))
except TypeError as e:
    print(type(e).__name__, e)
print(EqOnly.__hash__)
try:
    EqOnly(1) < EqOnly(2)
except TypeError as e:
    print(type(e).__name__, e)
class Reflected:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print("  __gt__ called")
        return self.v > other
print(5 < Reflected(10))
print(Reflected(1) > 0)
class AlwaysEqual:
    def __eq__(self, other):
        return True
    __hash__ = None
print(AlwaysEqual() == 1, 1 == AlwaysEqual(), AlwaysEqual() != 1)
print([1, 2, 3].count(AlwaysEqual()), AlwaysEqual() in [None])
class Weird:
    def __eq__(self, other):
        return "truthy string"
print(Weird() == 1, bool(Weird() == 1))
class Both(Version):
    pass
print(Both(1, 2) == Version(1, 2), Version(1, 2) == Both(1, 2))
items = [Version(3, 1), Version(1, 1), Version(2, 7)]
items.sort()
print(items)
items.sort(reverse=True)
print(items)
print(sorted([Version(1, 1), Version(1, 1)]) == [Version(1, 1)] * 2)
