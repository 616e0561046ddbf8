# Reflected/NotImplemented comparisons, __index__, __format__, __getitem__ forms, defaults of object.
class A:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("A.eq", type(o).__name__); return NotImplemented
class B(A):
    def __eq__(self, o):
        print("B.eq", type(o).__name__); return True
print(A(1) == B(2))
print(A(1) == 5)
class L:
    def __lt__(self, o): print("L.lt"); return NotImplemented
class G(L):
    def __gt__(self, o): print("G.gt"); return True
print(L() < G())
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abc"[Idx()], bin(Idx()), range(Idx()), [1, 2, 3, 4][Idx():], hex(Idx()), (5).__pow__(Idx()))
class It:
    def __iter__(self): yield from [1, 2, 3]
print(2 in It(), 5 in It(), list(It()), sorted(It(), reverse=True), max(It()), dict.fromkeys(It()))
class F:
    def __format__(self, spec): return f"F[{spec}]"
    def __str__(self): return "Fstr"
    def __repr__(self): return "Frepr"
print(f"{F():abc}", format(F()), f"{F()!s}", f"{F()!r}", str(F()), [F()], "{:x}".format(F()), "%s %r" % (F(), F()))
class NoStr:
    def __repr__(self): return "only-repr"
print(str(NoStr()), f"{NoStr()}", [NoStr()])
class Fl:
    def __float__(self): return 2.5
    def __int__(self): return 7
print(float(Fl()), int(Fl()))
class BadRepr:
    def __repr__(self): return 5
try: repr(BadRepr())
except TypeError as e: print(type(e).__name__, e)
class BadStr:
    def __str__(self): return None
try: str(BadStr())
except TypeError as e: print(type(e).__name__, e)
class H:
    def __hash__(self): return "x"
try: hash(H())
except TypeError as e: print(type(e).__name__, e)
class Big:
    def __hash__(self): return 2**100
print(hash(Big()) == hash(2**100))
class Ne:
    def __eq__(self, o): return True
print(Ne() != Ne(), Ne() == 1, 1 == Ne(), [Ne()] == [0], Ne() in [5])
class Getitem:
    def __getitem__(self, k): return k
g = Getitem()
print(g[1], g[1:2], g[1, 2], g[::2], g[...], g["a"])
class SetDel:
    def __setitem__(self, k, v): print("set", k, v)
    def __delitem__(self, k): print("del", k)
sd = SetDel(); sd[1] = 2; sd[1:3] = [5]; del sd[0]; del sd[::2]
try: g[1] = 2
except TypeError as e: print(type(e).__name__, e)
try: del g[1]
except TypeError as e: print(type(e).__name__, e)
try: sd[1]
except TypeError as e: print(type(e).__name__, e)
class Bool:
    def __bool__(self): raise ValueError("no bool")
try:
    if Bool(): pass
except ValueError as e: print(type(e).__name__, e)
class Cmp:
    def __init__(self, v): self.v = v
    def __le__(self, o): return self.v <= o.v
    def __ge__(self, o): return self.v >= o.v
print(Cmp(1) <= Cmp(2), Cmp(1) >= Cmp(2))
try: Cmp(1) < Cmp(2)
except TypeError as e: print(type(e).__name__, e)
class R:
    def __init__(self): self.n = 0
    def __repr__(self): return "R()"
print(repr(R()), str(R()), R.__name__, R().__class__ is R, type(R()) is R)
class Obj: pass
o = Obj()
print(o == o, o != o, o == Obj(), bool(o), hash(o) == hash(o), str(o).startswith("<__main__.Obj object at 0x"))
print(Obj.__eq__(o, 1), object.__eq__(o, o), Obj.__ne__(o, o), Obj.__lt__(o, o), o.__hash__() == hash(o))
print(repr(Obj).startswith("<class '__main__.Obj'>"), Obj.__dict__.get("x"), "__init__" in dir(o), o.__dict__)
class WithClassAttr:
    items = []
    def add(self, x): self.items.append(x)
a1, a2 = WithClassAttr(), WithClassAttr(); a1.add(1); a2.add(2); print(a1.items, WithClassAttr.items)
