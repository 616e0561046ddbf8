# Rich comparisons: reflection, NotImplemented, the subclass-first rule, defaults.
log = []
class V:
    def __init__(self, n): self.n = n
    def __repr__(self): return f"{type(self).__name__}({self.n})"
    def __eq__(self, o):
        log.append(f"{self!r}.__eq__({o!r})")
        if not isinstance(o, V): return NotImplemented
        return self.n == o.n
    def __lt__(self, o):
        log.append(f"{self!r}.__lt__({o!r})")
        if not isinstance(o, V): return NotImplemented
        return self.n < o.n
    def __gt__(self, o):
        log.append(f"{self!r}.__gt__({o!r})")
        if not isinstance(o, V): return NotImplemented
        return self.n > o.n
    __hash__ = None

class W(V):
    def __eq__(self, o):
        log.append(f"{self!r}.__eq__({o!r})")
        return "W-eq"
    def __gt__(self, o):
        log.append(f"{self!r}.__gt__({o!r})")
        return "W-gt"

def show(label, fn):
    log.clear()
    try:
        r = fn()
    except TypeError as e:
        r = f"{type(e).__name__}: {e}"
    print(label, "->", r, log)

show("V1 == V2", lambda: V(1) == V(2))
show("V1 != V1", lambda: V(1) != V(1))
show("V1 < V2", lambda: V(1) < V(2))
show("V1 > V2", lambda: V(1) > V(2))
show("V1 <= V2", lambda: V(1) <= V(2))
show("V1 == 1", lambda: V(1) == 1)
show("1 == V1", lambda: 1 == V(1))
show("V1 != 'x'", lambda: V(1) != "x")
show("V1 < 1", lambda: V(1) < 1)
show("1 < V1", lambda: 1 < V(1))
show("V1 >= 1", lambda: V(1) >= 1)
# Subclass on the right overrides the reflected method -> tried first.
show("V1 == W2", lambda: V(1) == W(2))
show("V1 < W2", lambda: V(1) < W(2))
show("W2 < V1", lambda: W(2) < V(1))
show("V1 != W2", lambda: V(1) != W(2))

# For comparisons the right subclass is tried first even without overriding.
class V2(V): pass
show("V1 < V2sub", lambda: V(1) < V2(5))

# Identity fallback for == and != when both return NotImplemented.
class N:
    def __eq__(self, o): return NotImplemented
n = N()
print(n == n, n != n, n == N(), n != N(), n == 1)
# Ordering with NotImplemented both ways -> TypeError.
class O1:
    def __lt__(self, o): return NotImplemented
for expr in [lambda: O1() < O1(), lambda: O1() > 3, lambda: object() < object(), lambda: [1] < (1,), lambda: None >= None]:
    try:
        print(expr())
    except TypeError as e:
        print(type(e).__name__, e)

# __ne__ defaults to the inverse of __eq__.
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, OnlyEq) and self.v == o.v
    __hash__ = None
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
# __ne__ overrides independently.
class WeirdNe:
    def __eq__(self, o): return True
    def __ne__(self, o): return True
print(WeirdNe() == 1, WeirdNe() != 1)
# __eq__ returning non-bool values is passed through, and `not` / if use bool().
class Vec:
    def __init__(self, *xs): self.xs = xs
    def __eq__(self, o): return [a == b for a, b in zip(self.xs, o.xs)]
print(Vec(1, 2) == Vec(1, 3))
# Comparison chain with user objects short-circuits.
log.clear()
print(V(1) < V(2) < V(0) < V(5), log)
# `in` uses == with identity shortcut.
class NeverEq:
    def __eq__(self, o): return False
ne = NeverEq()
print(ne in [ne], ne == ne, [ne] == [ne], (ne,) == (ne,), ne in [NeverEq()])
# List comparison uses element __eq__ then __lt__.
log.clear()
print([V(1), V(2)] < [V(1), V(3)], log)
# max/min/sorted use __lt__
log.clear()
print(sorted([V(3), V(1), V(2)]), max(V(3), V(7)).n)
# Comparison of builtin numbers vs user class with reflected __eq__.
class AlwaysEq:
    def __eq__(self, o): return True
    def __ne__(self, o): return False
print(1 == AlwaysEq(), "x" == AlwaysEq(), [1] == AlwaysEq(), None == AlwaysEq(), AlwaysEq() != 3)
# int vs float comparisons (complex ones live in dund_complex_conv.py).
print(1 == 1.0, 2 < 2.5, float("nan") == float("nan"), 2**53 + 1 == float(2**53 + 1))
