# sys.exc_info() and sys.exception(): outside handlers, inside (nested)
# handlers, in finally blocks, after handlers end, and in generators.
import sys


def show(label):
    t, v, tb = sys.exc_info()
    exc = sys.exception()
    print(label, t.__name__ if t else None, repr(v), tb is not None, exc is v,
          type(tb).__name__)


show("outside")
try:
    raise ValueError("first")
except ValueError:
    show("in handler")
    try:
        raise KeyError("inner")
    except KeyError:
        show("nested handler")
    show("back in outer")
show("after handler")

try:
    raise TypeError("t")
except TypeError as e:
    t, v, tb = sys.exc_info()
    print(v is e, t is type(e), tb is e.__traceback__, tb.tb_lineno > 0, tb.tb_frame.f_code.co_name)


def helper():
    show("in called function")


try:
    1 / 0
except ZeroDivisionError:
    helper()

try:
    try:
        raise OSError("in try")
    finally:
        show("finally with exception")
except OSError:
    pass
try:
    pass
finally:
    show("finally without exception")


def gen():
    show("gen start")
    yield 1
    show("gen resumed")
    yield 2


g = gen()
next(g)
try:
    raise RuntimeError("around resume")
except RuntimeError:
    next(g)
show("after gen")


def raiser():
    try:
        raise IndexError("handled inside")
    except IndexError:
        return sys.exc_info()[0].__name__


print(raiser())
show("after return from handler")
try:
    raise NameError("x")
except NameError:
    pass
show("after pass handler")


class CM:
    def __exit__(self, t, v, tb):
        show("in __exit__")
        return True

    def __enter__(self):
        return self


with CM():
    raise LookupError("suppressed")
show("after with")
try:
    raise ValueError("reraise")
except ValueError:
    try:
        raise
    except ValueError as e2:
        show("re-raised")
e = None
try:
    raise ArithmeticError("del check")
except ArithmeticError as e:
    pass
try:
    print(e)
except NameError as ne:
    print(type(ne).__name__, ne)
