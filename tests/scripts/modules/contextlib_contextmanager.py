# contextlib.contextmanager: enter/exit order, exceptions in and out of the
# generator, suppression, misuse errors, and use as a decorator.
import contextlib as cl


@cl.contextmanager
def tag(name):
    """Wrap output in a tag."""
    print("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        print("  handled", repr(e))
    finally:
        print("</%s>" % name)


with tag("a") as v:
    print("  body", v)
with tag("b"):
    raise KeyError("k")
print("after b")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", repr(e))
print(tag.__name__, tag.__doc__, type(tag("x")).__name__)


@tag("deco")
def work(x):
    print("  working", x)
    return x * 2


print(work(3), work(4))
cm = tag("once")
cm.__enter__()
cm.__exit__(None, None, None)
try:
    with tag("loop"):
        for i in range(3):
            if i == 1:
                break
        print("  i =", i)
except Exception as e:
    print("unexpected", e)
