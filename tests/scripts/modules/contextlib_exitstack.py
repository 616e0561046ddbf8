# contextlib: ExitStack, suppress, closing, nullcontext, AbstractContextManager.
import contextlib as cl

class Res:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return self.swallow

with cl.ExitStack() as stack:
    names = [stack.enter_context(Res(n)) for n in "abc"]
    stack.callback(print, "callback", 1, sep="=")
    stack.push(lambda et, ev, tb: print("pushed fn", et))
    print("body", names)
try:
    with cl.ExitStack() as stack:
        stack.enter_context(Res("outer"))
        stack.enter_context(Res("swallower", swallow=True))
        stack.enter_context(Res("inner"))
        raise KeyError("gone")
    print("suppressed by swallower")
except KeyError:
    print("not suppressed")
stack = cl.ExitStack()
stack.callback(print, "deferred")
moved = stack.pop_all()
stack.close()
print("closed original")
moved.close()
print(stack.push(Res("obj")) is not None, cl.ExitStack().__enter__().__class__.__name__)
try:
    cl.ExitStack().enter_context(42)
except TypeError as e:
    print("TypeError", e)

with cl.suppress(KeyError, IndexError):
    [][1]
print("after suppress")
with cl.suppress():
    pass
try:
    with cl.suppress(KeyError):
        1 / 0
except ZeroDivisionError as e:
    print("escaped", e)
with cl.suppress(ValueError):
    raise ExceptionGroup("eg", [ValueError(1), ValueError(2)])
try:
    with cl.suppress(ValueError):
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
except ExceptionGroup as e:
    print("rest", repr(e))

class Thing:
    def close(self):
        print("closed thing")

with cl.closing(Thing()) as t:
    print("using", type(t).__name__)
with cl.nullcontext() as n:
    print("null", n)
with cl.nullcontext([1]) as n:
    print("null", n)

class Mine(cl.AbstractContextManager):
    def __exit__(self, *exc):
        print("mine exit", exc[0])

with Mine() as m:
    print(type(m).__name__)
