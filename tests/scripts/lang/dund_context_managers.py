# __enter__/__exit__: exception suppression, arguments to __exit__, return values.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return f"<{self.name}>"
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev, tb is not None)
        return self.suppress

with CM("a") as v:
    print("body", v)
with CM("b", suppress=True):
    raise ValueError("swallowed")
print("after b")
try:
    with CM("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", type(e).__name__, e)
# Truthy non-bool return suppresses too.
with CM("d", suppress="yes"):
    1 / 0
print("after d")
with CM("e", suppress=0):
    pass
# Nested: inner suppresses, outer sees nothing.
with CM("outer"):
    with CM("inner", suppress=True):
        raise TypeError("inner error")
    print("between")
# Multiple items: exit in reverse order; exception passes through both.
try:
    with CM("m1") as x, CM("m2") as y:
        print("body", x, y)
        raise RuntimeError("multi")
except RuntimeError as e:
    print("caught", e)
# Second suppresses so first sees no exception.
with CM("s1"), CM("s2", suppress=True):
    raise OSError("os")
# __enter__ raising: __exit__ not called.
class BadEnter:
    def __enter__(self): raise ValueError("enter failed")
    def __exit__(self, *a): print("never"); return True
try:
    with BadEnter():
        print("never body")
except ValueError as e:
    print(type(e).__name__, e)
# __exit__ raising replaces the exception, with context.
class BadExit:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb): raise RuntimeError("exit failed")
try:
    with BadExit():
        raise KeyError("orig")
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
# Not a context manager.
class NoCM: pass
try:
    with NoCM():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class OnlyEnter:
    def __enter__(self): return self
try:
    with OnlyEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class OnlyExit:
    def __exit__(self, *a): pass
try:
    with OnlyExit():
        pass
except TypeError as e:
    print(type(e).__name__, e)
# __enter__/__exit__ looked up on the type.
inst = NoCM()
inst.__enter__ = lambda: 1
inst.__exit__ = lambda *a: None
try:
    with inst:
        pass
except TypeError as e:
    print(type(e).__name__, e)
# return/break/continue inside with call __exit__ with None.
def f():
    with CM("ret"):
        return "returned"
print(f())
for i in range(3):
    with CM(f"loop{i}"):
        if i == 0:
            continue
        if i == 1:
            break
print("loop done", i)
# Suppressed exception inside a function: function continues.
def g():
    with CM("g", suppress=True):
        raise ValueError
        print("not reached")
    return "g continued"
print(g())
# The exception seen in __exit__ is the same object; tb is a traceback.
class Capture:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        self.seen = (et, ev, type(tb).__name__)
        return True
c = Capture()
err = IndexError("x")
with c:
    raise err
print(c.seen[0] is IndexError, c.seen[1] is err, c.seen[2])
# with statement target unpacking
class Pair:
    def __enter__(self): return (1, [2, 3])
    def __exit__(self, *a): return False
with Pair() as (a, [b, c2]):
    print(a, b, c2)
# StopIteration / GeneratorExit are ordinary exceptions for __exit__
with CM("stopit", suppress=True):
    raise StopIteration("s")
# sys.exc_info inside __exit__ during handling
import sys
class ExcInfo:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exc_info in exit:", sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True
with ExcInfo():
    raise NameError("n")
print("exc_info after:", sys.exc_info())
