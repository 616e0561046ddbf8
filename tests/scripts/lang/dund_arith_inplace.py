# Binary arithmetic dispatch: __add__/__radd__, NotImplemented, subclass-first rule,
# in-place operators falling back to binary ones, error messages.
log = []
class M:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"{type(self).__name__}({self.v})"
    def __add__(self, o):
        log.append(f"{self!r}.__add__({o!r})")
        if isinstance(o, M): return type(self)(self.v + o.v)
        if isinstance(o, int): return type(self)(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        log.append(f"{self!r}.__radd__({o!r})")
        if isinstance(o, int): return type(self)(o + self.v)
        return NotImplemented
    def __mul__(self, o):
        log.append(f"{self!r}.__mul__({o!r})")
        return NotImplemented
    def __rmul__(self, o):
        log.append(f"{self!r}.__rmul__({o!r})")
        return f"rmul {o!r}"
    def __sub__(self, o): return M(self.v - (o.v if isinstance(o, M) else o))
    def __rsub__(self, o): return M(o - self.v)
    def __truediv__(self, o): return ("truediv", self.v, o)
    def __floordiv__(self, o): return ("floordiv", self.v, o)
    def __mod__(self, o): return ("mod", self.v, o)
    def __rmod__(self, o): return ("rmod", o, self.v)
    def __pow__(self, o, mod=None): return ("pow", self.v, o, mod)
    def __rpow__(self, o, mod=None): return ("rpow", o, self.v, mod)
    def __matmul__(self, o): return ("matmul", self.v, o)
    def __rmatmul__(self, o): return ("rmatmul", o, self.v)
    def __lshift__(self, o): return ("lshift", self.v, o)
    def __rrshift__(self, o): return ("rrshift", o, self.v)
    def __and__(self, o): return ("and", self.v, o)
    def __ror__(self, o): return ("ror", o, self.v)
    def __xor__(self, o): return ("xor", self.v, o)
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __rdivmod__(self, o): return ("rdivmod", o, self.v)

class Sub(M):
    def __radd__(self, o):
        log.append(f"{self!r}.__radd__({o!r}) [Sub]")
        return "Sub.radd"

class SubNoOverride(M): pass

def show(label, fn):
    log.clear()
    try:
        r = fn()
    except TypeError as e:
        r = f"{type(e).__name__}: {e}"
    print(label, "->", r, log)

show("M1 + M2", lambda: M(1) + M(2))
show("M1 + 5", lambda: M(1) + 5)
show("5 + M1", lambda: 5 + M(1))
show("'s' + M1", lambda: "s" + M(1))
show("M1 + 's'", lambda: M(1) + "s")
show("M1 * 3", lambda: M(1) * 3)
show("3 * M1", lambda: 3 * M(1))
show("M1 * M2", lambda: M(1) * M(2))
show("M1 + Sub2", lambda: M(1) + Sub(2))
show("M1 + SubNoOverride2", lambda: M(1) + SubNoOverride(2))
show("10 - M3", lambda: 10 - M(3))
show("M3 - 1", lambda: M(3) - 1)
show("M / 2", lambda: M(7) / 2)
show("M // 2", lambda: M(7) // 2)
show("M % 2", lambda: M(7) % 2)
show("2 % M", lambda: 2 % M(7))
show("M ** 2", lambda: M(7) ** 2)
show("2 ** M", lambda: 2 ** M(7))
show("pow(M, 2, 5)", lambda: pow(M(7), 2, 5))
show("M @ 1", lambda: M(1) @ 1)
show("1 @ M", lambda: 1 @ M(1))
show("M << 1", lambda: M(1) << 1)
show("1 >> M", lambda: 1 >> M(1))
show("M >> 1", lambda: M(1) >> 1)
show("M & 1", lambda: M(1) & 1)
show("1 | M", lambda: 1 | M(1))
show("M ^ 1", lambda: M(1) ^ 1)
show("1 ^ M", lambda: 1 ^ M(1))
show("divmod(M, 3)", lambda: divmod(M(1), 3))
show("divmod(3, M)", lambda: divmod(3, M(1)))
show("[] + M", lambda: [] + M(1))
show("None + None", lambda: None + None)
show("1 + 'a'", lambda: 1 + "a")
show("'a' * 'b'", lambda: "a" * "b")
show("[1] * 2.0", lambda: [1] * 2.0)
show("{} | []", lambda: {} | [])
show("pow(2, 3, M)", lambda: pow(2, 3, M(1)))
show("-'x'", lambda: -"x")

# In-place operators.
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, o):
        log.append("Acc.__iadd__")
        self.items.append(o)
        return self
    def __isub__(self, o):
        log.append("Acc.__isub__ -> NotImplemented")
        return NotImplemented
    def __sub__(self, o):
        log.append("Acc.__sub__")
        return "sub result"
log.clear()
a = Acc(); orig = a
a += 1; a += 2
print(a is orig, a.items, log)
log.clear()
a -= 1
print(a, log)
# No __iadd__: falls back to __add__ and rebinds.
log.clear()
m = M(1); m0 = m
m += 5
print(m, m is m0, log)
log.clear()
x = 5
x += M(2)
print(x, log)
# Fallback to reflected with in-place.
log.clear()
y = 3
y *= M(2)
print(y, log)
# __iadd__ returning something else rebinds to that.
class Odd:
    def __iadd__(self, o): return "rebound"
o = Odd(); o += 1
print(o)
# Unsupported in-place.
for code in ["z = None; z += 1", "z = 'a'; z -= 'b'", "z = M(1); z @= 2; print(z)", "z = (1,); z *= 'x'", "z = object(); z **= 2", "z = {1}; z |= [2]"]:
    try:
        exec(code)
    except TypeError as e:
        print(type(e).__name__, e)
# Mutable builtins: list += iterable is in place; tuple += creates new.
l = [1]; l0 = l; l += (2, 3); print(l is l0, l)
t = (1,); t0 = t; t += (2,); print(t is t0, t)
try:
    l = [1]; l + (2,)
except TypeError as e:
    print(type(e).__name__, e)
# Item/attribute augmented assignment evaluates target once.
class Tgt:
    def __init__(self): self.d = {"k": 1}
    def __getitem__(self, k): log.append(f"get {k}"); return self.d[k]
    def __setitem__(self, k, v): log.append(f"set {k} {v}"); self.d[k] = v
log.clear()
tg = Tgt(); tg["k"] += 10
print(tg.d, log)
