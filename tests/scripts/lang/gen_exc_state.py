# A generator keeps its own handled exception across yields: a bare raise after resuming re-raises it.
import sys
def g():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        raise
it = g()
try:
    raise ValueError("v")
except ValueError:
    print(next(it), sys.exc_info()[0].__name__)
    try:
        next(it)
    except KeyError as e:
        print("reraised", type(e).__name__, e)
def h():
    for x in g():
        yield x
try:
    for v in h():
        print("got", v, sys.exc_info()[0])
except KeyError as e:
    print("outer", repr(e))
