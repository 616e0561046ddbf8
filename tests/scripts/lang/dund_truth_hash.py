# __bool__/__len__ truthiness rules and errors; __hash__/__eq__ interplay.
class B:
    def __init__(self, v): self.v = v
    def __bool__(self):
        print("  __bool__", self.v)
        return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self):
        print("  __len__", self.n)
        return self.n
class Both:
    def __bool__(self): print("  Both.__bool__"); return True
    def __len__(self): print("  Both.__len__"); return 0
class Neither: pass

print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), bool(Both()), bool(Neither()))
print("if:", "yes" if L(2) else "no")
print("not:", not B(False))
print("and/or:", type(B(False) and "x").__name__, (L(0) or "fallback"))
x = [i for i in [L(0), L(1)] if i]
print(len(x))
n = 0
w = L(2)
while w:
    w.n -= 1
    n += 1
print("while iterations", n)

# Errors.
bad = [B(1), B(None), B("yes"), L(-1), L("3"), L(2**100), L(1.5)]
for obj in bad:
    try:
        print(bool(obj))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    len(L(-5))
except ValueError as e:
    print(type(e).__name__, e)
try:
    len(Neither())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
class BoolSub(int):
    def __bool__(self): return False
print(bool(BoolSub(5)), BoolSub(5) + 1)
class BoolRaises:
    def __bool__(self): raise RuntimeError("no truth")
try:
    if BoolRaises(): pass
except RuntimeError as e:
    print(type(e).__name__, e)
# __bool__ = None makes it not truthy-testable.
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print(type(e).__name__, e)
class NoLen:
    __len__ = None
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
print(bool(NoLen()) if False else "skip")

# Hashing.
class Plain: pass
p = Plain()
print(hash(p) == hash(p), p in {p}, {p: 1}[p])
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
for obj in [EqOnly(), [1], {}, set()]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, [2]).__hash__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)

class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return isinstance(o, Point) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self): return hash((self.x, self.y))
    def __repr__(self): return f"P{self.x},{self.y}"
s = {Point(1, 2), Point(1, 2), Point(2, 1)}
print(len(s), Point(1, 2) in s, sorted(s, key=lambda q: (q.x, q.y)))
d = {Point(0, 0): "origin"}
print(d[Point(0, 0)], hash(Point(3, 4)) == hash((3, 4)))
# Subclass that defines __eq__ loses inherited __hash__.
class P2(Point):
    def __eq__(self, o): return False
print(P2.__hash__ is None)
try:
    hash(P2(1, 1))
except TypeError as e:
    print(type(e).__name__, e)
# Explicitly restoring hash.
class P3(Point):
    def __eq__(self, o): return False
    __hash__ = Point.__hash__
print(hash(P3(1, 1)) == hash((1, 1)))
# __hash__ returning non-int.
class BadHash:
    def __hash__(self): return "h"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
class BigHash:
    def __hash__(self): return 2**100
print(hash(BigHash()) == hash(2**100))
class BoolHash:
    def __hash__(self): return True
print(hash(BoolHash()))
# hash of numbers: equal numbers hash equal.
print(hash(1) == hash(1.0) == hash(True), hash(-1), hash(0.5) == hash(0.5), hash((1, 2)) == hash((1.0, 2.0)))
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(None) == hash(None))
# dict lookup uses hash then __eq__
class Loud:
    def __init__(self, k): self.k = k
    def __hash__(self): print("  hash", self.k); return 7
    def __eq__(self, o): print("  eq", self.k, o.k); return self.k == o.k
d = {Loud("a"): 1}
print(d.get(Loud("b")), d.get(Loud("a")))
