# contextlib.ExitStack: exceptions raised by exit callbacks are chained
# (__context__) like nested with statements would chain them.
import contextlib as cl


def chain(e):
    out = []
    while e is not None:
        out.append(repr(e))
        e = e.__context__
    return out


try:
    with cl.ExitStack() as stack:
        stack.callback(lambda: 1 / 0)
        stack.callback(lambda: {}["missing"])
        raise ValueError("original")
except ZeroDivisionError as e:
    print(chain(e))
try:
    with cl.ExitStack() as stack:
        stack.callback(lambda: [][0])
        stack.callback(lambda: int("x"))
except IndexError as e:
    print(chain(e))


class Raiser:
    def __init__(self, exc):
        self.exc = exc

    def __enter__(self):
        return self

    def __exit__(self, *info):
        raise self.exc


try:
    with cl.ExitStack() as stack:
        stack.enter_context(Raiser(KeyError("outer")))
        stack.enter_context(Raiser(TypeError("inner")))
        raise RuntimeError("body")
except KeyError as e:
    print(chain(e))
