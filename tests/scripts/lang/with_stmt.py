# with statements and context managers.
class Managed:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("  enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("  exit", self.name, exc_type.__name__ if exc_type else None, repr(exc))
        return self.suppress
with Managed("basic") as value:
    print("body got", value)
with Managed("no-as"):
    print("body without as")
try:
    with Managed("raising"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated:", e)
with Managed("suppressing", suppress=True):
    raise KeyError("swallowed")
print("after suppressed exception")
with Managed("outer") as o, Managed("inner") as i:
    print("nested body", o, i)
with Managed("a"):
    with Managed("b"):
        print("deep body")
try:
    with Managed("outer2"), Managed("inner2", suppress=True):
        raise IndexError("inner suppresses")
    print("continued after inner suppression")
except IndexError:
    print("not reached")
def early_return():
    with Managed("in-function"):
        return "returned value"
print(early_return())
for n in range(3):
    with Managed("loop%d" % n):
        if n == 0:
            continue
        if n == 1:
            break
print("loop done")
class Resource:
    def __init__(self):
        self.log = []
    def __enter__(self):
        self.log.append("open")
        return self
    def __exit__(self, *args):
        self.log.append("close")
        return False
r = Resource()
with r as same:
    print(same is r)
    r.log.append("use")
print(r.log)
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        return "non-empty string counts as true"
with Truthy():
    1 / 0
print("suppressed by truthy return value")
class ExitSeesTraceback:
    def __enter__(self):
        return None
    def __exit__(self, t, v, tb):
        print("  traceback present:", tb is not None, "| type:", t.__name__)
        return True
with ExitSeesTraceback() as nothing:
    print("enter returned", nothing)
    raise RuntimeError("x")
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except TypeError as e:
    print(type(e).__name__, e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with ExitRaises():
        raise ValueError("original")
except RuntimeError as e:
    print(type(e).__name__, e, "| context:", repr(e.__context__))
with Managed("tuple-target") as (first, *rest):
    print(first, rest)
