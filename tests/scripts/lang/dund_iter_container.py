# Iteration protocols and container dunders: __iter__/__next__, old-style __getitem__
# iteration, __contains__ fallbacks, slices passed to __getitem__/__setitem__/__delitem__.
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), [x * 2 for x in Countdown(2)])
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print(type(e).__name__, e.args)

# Iterable returning a generator from __iter__.
class Evens:
    def __init__(self, n): self.n = n
    def __iter__(self):
        yield from range(0, self.n, 2)
e = Evens(7)
print(list(e), list(e), 4 in e, 5 in e, max(e), sorted(e, reverse=True))
a, b, *rest = Evens(10)
print(a, b, rest)

# Old-style sequence protocol: __getitem__ with IndexError termination.
class Seq:
    def __getitem__(self, i):
        print("  getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(Seq()))
print(20 in Seq())
print(99 in Seq())
it = iter(Seq())
print(type(it).__name__, next(it))
class SeqStop:
    def __getitem__(self, i):
        if i == 2: raise StopIteration
        return i
print(list(SeqStop()))
class SeqKeyError:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(SeqKeyError())
except KeyError as e:
    print(type(e).__name__, e)

# Not iterable errors.
class NoIter: pass
for obj in [NoIter(), 5, None]:
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    for _ in NoIter(): pass
except TypeError as e:
    print(type(e).__name__, e)
class IterNone:
    __iter__ = None
    def __getitem__(self, i): return i
try:
    iter(IterNone())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NoNext:
    def __iter__(self): return self
try:
    iter(NoNext())
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)

# iter(callable, sentinel)
vals = iter([1, 2, 3, 0, 5])
print(list(iter(lambda: next(vals), 0)))

# __contains__ result is converted to bool.
class Cont:
    def __contains__(self, x):
        print("  contains", x)
        return x  # truthy value
print(3 in Cont(), 0 in Cont(), 0 not in Cont(), "" in Cont())

# __getitem__/__setitem__/__delitem__ receive slices and tuples.
class Rec:
    def __init__(self): self.data = list(range(10))
    def __getitem__(self, k):
        print("  get", repr(k))
        if isinstance(k, slice):
            print("   indices", k.indices(len(self.data)))
        return self.data[k]
    def __setitem__(self, k, v):
        print("  set", repr(k), v)
        self.data[k] = v
    def __delitem__(self, k):
        print("  del", repr(k))
        del self.data[k]
    def __len__(self): return len(self.data)
r = Rec()
print(r[2], r[-1], r[1:4], r[::3], r[:], r[8:2:-2], r[None:5])
r[0:3] = ["a"]
print(r.data)
r[::2] = list("WXYZ")
print(r.data)
del r[1:3]
print(r.data)
del r[-1]
print(r.data)
try:
    r[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
class Multi:
    def __getitem__(self, k): return k
m = Multi()
print(m[1, 2], m[1:2, 3], m[...], m[:, None], m[::], m["k"])
s = m[1:2:3]
print(s.start, s.stop, s.step, s == slice(1, 2, 3), slice(5).stop, slice(1, 5).step)
print(slice(None, None, -1).indices(5), slice(-100, 100).indices(4))
try:
    slice(0, 5, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
# Missing dunders.
class Empty: pass
for code in ["Empty()[0]", "Empty()[0] = 1", "del Empty()[0]"]:
    try:
        exec(code)
    except TypeError as e:
        print(type(e).__name__, e)
# reversed() uses __reversed__ or __len__+__getitem__.
class RSeq:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(RSeq())))
class RRev:
    def __reversed__(self): return iter("zyx")
print(list(reversed(RRev())))
try:
    reversed(Empty())
except TypeError as e:
    print(type(e).__name__, e)
# __missing__ in dict subclasses.
class Default(dict):
    def __missing__(self, k): return k * 2
dd = Default(a=1)
print(dd["a"], dd["zz"], dd.get("zz"), "zz" in dd)
# __length_hint__ isn't needed for list(); __len__ errors inside list() ignored? no, propagate
class LenBoom:
    def __iter__(self): return iter([1, 2])
    def __len__(self): raise RuntimeError("len boom")
try:
    print(list(LenBoom()))
except RuntimeError as e:
    print(type(e).__name__, e)
