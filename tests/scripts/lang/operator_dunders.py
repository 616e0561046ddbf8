# __add__/__radd__/__iadd__, NotImplemented fallbacks, unary dunders, operand TypeErrors.
class Add:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, int): return Add(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        if isinstance(o, int): return Add(o + self.v + 100)
        return NotImplemented
    def __repr__(self): return f"Add({self.v})"
print(Add(1) + 2, 2 + Add(1), sum([1, 2], Add(0)))
try: Add(1) + "x"
except TypeError as e: print(type(e).__name__, e)
class I:
    def __init__(self): self.l = []
    def __iadd__(self, o): self.l.append(o); return self
a = I(); b = a; a += 5; print(a is b, a.l)
class J:
    def __add__(self, o): return "add"
j = J(); j += 1; print(j)
class K: pass
k = K()
try: k += 1
except TypeError as e: print(type(e).__name__, e)
try: k -= 1
except TypeError as e: print(type(e).__name__, e)
try: k * 2
except TypeError as e: print(type(e).__name__, e)
try: -k
except TypeError as e: print(type(e).__name__, e)
try: k()
except TypeError as e: print(type(e).__name__, e)
five, text, nothing = 5, "abc", None
try: five()
except TypeError as e: print(type(e).__name__, e)
try: text()
except TypeError as e: print(type(e).__name__, e)
try: nothing()
except TypeError as e: print(type(e).__name__, e)
class Cl:
    def __call__(self, *a, **kw): return a, kw
print(Cl()(1, 2, x=3), callable(Cl()), callable(Cl), callable(1))
class M:
    def __mul__(self, o): return "M.mul"
    def __rmul__(self, o): return "M.rmul"
print(M() * 3, 3 * M(), [1] * 2)
try: [1] * "a"
except TypeError as e: print(type(e).__name__, e)
try: "a" * 2.0
except TypeError as e: print(type(e).__name__, e)
try: 1 + None
except TypeError as e: print(type(e).__name__, e)
try: [] + ()
except TypeError as e: print(type(e).__name__, e)
try: "a" + 1
except TypeError as e: print(type(e).__name__, e)
try: 1 - "a"
except TypeError as e: print(type(e).__name__, e)
try: 2 ** "a"
except TypeError as e: print(type(e).__name__, e)
try: 1 @ 2
except TypeError as e: print(type(e).__name__, e)
try: ~1.5
except TypeError as e: print(type(e).__name__, e)
try: 1 < None
except TypeError as e: print(type(e).__name__, e)
try: l = [1]; l += 1
except TypeError as e: print(type(e).__name__, e)
l = [1]; l += (2, 3); l += "ab"; print(l)
class P:
    def __sub__(self, o): return NotImplemented
    def __rsub__(self, o): return NotImplemented
try: P() - P()
except TypeError as e: print(type(e).__name__, e)
class Q(Add):
    def __radd__(self, o): return "Q.radd"
print(Add(1) + Q(2))
class Neg:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __abs__(self): return "abs"
    def __invert__(self): return "inv"
print(-Neg(), +Neg(), abs(Neg()), ~Neg())
try: abs("x")
except TypeError as e: print(type(e).__name__, e)
