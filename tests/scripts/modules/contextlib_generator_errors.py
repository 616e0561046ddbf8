# contextlib.contextmanager: exceptions converted, swallowed or re-raised by
# the generator, and the RuntimeErrors for generators that misbehave.
import contextlib as cl


@cl.contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError as e:
        raise ArithmeticError("converted") from e


try:
    with transform():
        1 / 0
except ArithmeticError as e:
    print(repr(e), repr(e.__cause__))


@cl.contextmanager
def no_yield():
    if False:
        yield


@cl.contextmanager
def two_yields():
    yield 1
    yield 2


@cl.contextmanager
def swallow_then_yield():
    try:
        yield
    except Exception:
        yield


for factory in [no_yield, two_yields]:
    try:
        with factory():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)
try:
    with swallow_then_yield():
        raise IndexError
except RuntimeError as e:
    print("RuntimeError", e)


@cl.contextmanager
def passthrough():
    yield


for exc in [StopIteration("s"), GeneratorExit(), KeyError("x")]:
    try:
        with passthrough():
            raise exc
    except BaseException as e:
        print("raised", type(e).__name__, e is exc)
