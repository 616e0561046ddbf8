# __index__ (used by slicing, range, bin/hex, sequence repetition, operator.index),
# __int__/__float__/__complex__, unary __neg__/__pos__/__abs__/__invert__, round/trunc.
import operator
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("  __index__", self.v)
        return self.v
i2 = Idx(2)
print([10, 20, 30, 40][i2], "abcdef"[Idx(1):Idx(4)], (1, 2, 3)[Idx(-1)])
print(list(range(Idx(3))), list(range(Idx(1), Idx(7), Idx(2))))
print(bin(Idx(5)), hex(Idx(255)), oct(Idx(8)), operator.index(Idx(7)))
print("ab" * Idx(3), [0] * Idx(2), Idx(2) * "xy")
print(int(Idx(9)), f"{operator.index(Idx(4)):03d}")
l = list(range(6)); l[Idx(0)] = "z"; del l[Idx(1)]; print(l)
print(l.pop(Idx(0)), l.index(3, Idx(0)), l.insert(Idx(0), "i"), l)
print((10).to_bytes(Idx(2), "big") if hasattr(int, "to_bytes") else "")
print(round(2.675, Idx(1)) if True else None)
print(chr(Idx(65)), "%x" % Idx(255), "%d" % Idx(3))
# Non-int __index__ -> TypeError
class BadIdx:
    def __index__(self): return 1.5
for code in ["[1,2][BadIdx()]", "range(BadIdx())", "'x' * BadIdx()", "operator.index(BadIdx())"]:
    try:
        eval(code)
    except TypeError as e:
        print(type(e).__name__, e)
class NoIdx: pass
flt, sa, nn = 1.0, 'a', None
for code in ["[1][NoIdx()]", "range(NoIdx())", "'x' * NoIdx()", "operator.index(NoIdx())", "bin(NoIdx())", "[1][flt]", "'abc'[sa]", "(1,)[nn]"]:
    try:
        eval(code)
    except TypeError as e:
        print(type(e).__name__, e)

# __int__ / __float__ (complex conversions live in dund_complex_conv.py)
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
n = Num()
print(int(n), float(n))
try:
    [1, 2][n]
except TypeError as e:
    print(type(e).__name__, e)
class OnlyIndex:
    def __index__(self): return 3
print(int(OnlyIndex()), float(OnlyIndex()))
class BadInt:
    def __int__(self): return "7"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(NoIdx())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float(NoIdx())
except TypeError as e:
    print(type(e).__name__, e)

# Unary operators.
class U:
    def __init__(self, v): self.v = v
    def __neg__(self): return U(-self.v)
    def __pos__(self): return U(self.v + 1000)
    def __abs__(self): return f"abs{self.v}"
    def __invert__(self): return U(~self.v)
    def __repr__(self): return f"U({self.v})"
    def __round__(self, nd=None): return ("round", self.v, nd)
    def __trunc__(self): return ("trunc", self.v)
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
u = U(5)
print(-u, +u, abs(u), ~u, -(-u), ~~u, -+u)
print(round(u), round(u, 2), round(u, None))
import math
print(math.trunc(u), math.floor(u), math.ceil(u))
for code in ["-NoIdx()", "+NoIdx()", "~NoIdx()", "abs(NoIdx())", "~1.5", "-'s'", "+[1]", "round(NoIdx())", "abs('x')"]:
    try:
        eval(code)
    except TypeError as e:
        print(type(e).__name__, e)
print(-True, +False, abs(-True), ~0, -0.0)
# In operator module
print(operator.neg(u), operator.pos(u), operator.invert(u), operator.inv(u), operator.abs(u))
