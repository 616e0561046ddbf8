# copy: shallow and deep copies of built-in containers and plain instances.
import copy

nested = [1, [2, 3], {"k": [4]}, (5, [6]), {7, 8}, "s"]
sh = copy.copy(nested)
dp = copy.deepcopy(nested)
print(sh == nested, sh is nested, sh[1] is nested[1], sh[2] is nested[2])
print(dp == nested, dp[1] is nested[1], dp[2] is nested[2], dp[2]["k"] is nested[2]["k"])
print(dp[3] is nested[3], dp[3][1] is nested[3][1], dp[4] == nested[4], dp[4] is nested[4])
nested[1].append(99)
print(sh[1], dp[1])

t = (1, 2, "x")
print(copy.copy(t) is t, copy.deepcopy(t) is t)
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) == fs)
for atom in [None, 1, 2.5, "str", b"by", True, range(3), len, print, int, Ellipsis]:
    print(repr(atom) if not callable(atom) or isinstance(atom, type) else atom.__name__,
          copy.copy(atom) is atom, copy.deepcopy(atom) is atom)
d = {"a": [1], "b": {"c": (2, [3])}}
d2 = copy.deepcopy(d)
d2["b"]["c"][1].append(4)
print(d, d2)
s = {1, 2, 3}
s2 = copy.copy(s)
s2.add(4)
print(sorted(s), sorted(s2))

# shared references stay shared inside one deepcopy
shared = [0]
pair = [shared, shared, (shared,)]
pc = copy.deepcopy(pair)
print(pc[0] is pc[1], pc[2][0] is pc[0], pc[0] is shared)

# cycles
lst = [1]
lst.append(lst)
lc = copy.deepcopy(lst)
print(lc[1] is lc, lc[0], lc is lst)
dd = {}
dd["self"] = dd
dc = copy.deepcopy(dd)
print(dc["self"] is dc, dc is dd)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["p"]

    def __repr__(self):
        return "Point(%r, %r, %r)" % (self.x, self.y, self.tags)


p = Point(1, [2])
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(pc, pd, type(pd).__name__, pc is p)
print(pc.y is p.y, pd.y is p.y, pd.tags is p.tags)
p.y.append(3)
print(pc, pd)


class Slotted:
    __slots__ = ("a", "b")


sl = Slotted()
sl.a = [1]
sc = copy.copy(sl)
sd = copy.deepcopy(sl)
print(sc.a is sl.a, sd.a == sl.a, sd.a is sl.a, hasattr(sd, "b"))
