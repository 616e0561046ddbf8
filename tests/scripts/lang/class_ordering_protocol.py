# __lt__/__gt__ used by sorted, min, max, list.sort; reflected comparisons.
class V:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"V({self.v})"
xs = [V(3), V(1), V(2)]
print(sorted(xs), min(xs), max(xs), sorted(xs, reverse=True))
ys = list(xs); ys.sort(); print(ys)
class W:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return f"W({self.v})"
print(sorted([W(2), W(1), W(3)]), max([W(2), W(5), W(1)]), min(W(4), W(0)))
class Rec:
    def __init__(self, k, tag): self.k, self.tag = k, tag
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"{self.k}{self.tag}"
print(sorted([Rec(1, "a"), Rec(0, "b"), Rec(1, "c"), Rec(0, "d")]))
class A:
    def __eq__(self, o):
        print("A.eq", type(o).__name__); return NotImplemented
class B(A):
    def __eq__(self, o):
        print("B.eq", type(o).__name__); return True
print(A() == B())
print(A() == 5)
print(A() != A())
class L:
    def __lt__(self, o):
        print("L.lt"); return NotImplemented
class G(L):
    def __gt__(self, o):
        print("G.gt"); return True
print(L() < G())
class Cmp:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
    def __ge__(self, o): return self.v >= o.v
print(Cmp(1) <= Cmp(2), Cmp(1) >= Cmp(2), Cmp(3) <= Cmp(3))
def t(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)
class N: pass
t("sorted plain", lambda: sorted([N(), N()]))
t("lt plain", lambda: N() < N())
t("lt Cmp", lambda: Cmp(1) < Cmp(2))
t("int str", lambda: 1 < "a")
t("str int", lambda: "a" > 1)
t("list sort mixed", lambda: [1, "a"].sort())
t("max mixed", lambda: max(1, "a"))
t("tuple mixed", lambda: (1, "a") < (1, 2))
t("None", lambda: None < None)
t("set list", lambda: {1} < [1])
t("max empty", lambda: max([]))
t("min empty", lambda: min([]))
t("max no args", lambda: max())
t("max int", lambda: max(1))
t("max default many", lambda: max(1, 2, default=3))
t("min key bad", lambda: min([1, 2], key=3))
print(max([], default=5), min([3, 1], key=lambda x: -x), max("abc"), min("abc", "abd"))
print(max([1, 2], [1, 3]), max(1, 2.5), min(1.0, 1), max(1, 1.0))
print(max([("a", 2), ("b", 1)], key=lambda p: p[1]), min({3: 0, 1: 0}))
print(sorted(["bb", "a", "ccc"], key=len, reverse=True), sorted("bAc", key=str.lower))
