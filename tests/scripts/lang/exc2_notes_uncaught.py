# add_note / __notes__, with_traceback, and an uncaught exception whose traceback
# ends with its notes (so the last stderr line is the last note).
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e), repr(e), e.args)
try:
    e.add_note(42)
except TypeError as err:
    print(type(err).__name__, err)
# __notes__ is an ordinary list attribute.
e.__notes__.append("appended directly")
print(len(e.__notes__))
e.__notes__ = ["replaced"]
e.add_note("after replace")
print(e.__notes__)
e2 = KeyError("k")
e2.__notes__ = "not a list"
try:
    e2.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
del e.__notes__
print(hasattr(e, "__notes__"))
# Notes survive re-raising and are attached in except blocks.
def parse(s):
    try:
        return int(s)
    except ValueError as err:
        err.add_note(f"while parsing {s!r}")
        raise
try:
    parse("abc")
except ValueError as err:
    print(type(err).__name__, err, err.__notes__)
# Notes on exception groups and their members.
eg = ExceptionGroup("group", [ValueError("a"), TypeError("b")])
eg.add_note("group note")
eg.exceptions[0].add_note("member note")
print(eg.__notes__, eg.exceptions[0].__notes__, getattr(eg.exceptions[1], "__notes__", None))
m, rest = eg.split(ValueError)
print(m.__notes__, rest.__notes__, m.exceptions[0].__notes__)

# with_traceback returns the same exception with the given traceback.
try:
    raise RuntimeError("original")
except RuntimeError as err:
    tb = err.__traceback__
new = LookupError("new")
same = new.with_traceback(tb)
print(same is new, new.__traceback__ is tb, new.with_traceback(None).__traceback__)
try:
    new.with_traceback(5)
except TypeError as err:
    print(type(err).__name__, err)
try:
    raise new.with_traceback(tb)
except LookupError as err:
    # traceback grows: the current frame line is prepended to the given traceback
    n = 0
    t = err.__traceback__
    lines = []
    while t is not None:
        n += 1
        lines.append(t.tb_lineno)
        t = t.tb_next
    print("tb entries", n, lines)
# __traceback__ assignment
err = ValueError()
err.__traceback__ = tb
print(err.__traceback__ is tb)
try:
    err.__traceback__ = "bad"
except TypeError as x:
    print(type(x).__name__, x)

# Uncaught with notes: the last stderr line is the last note.
def deep(n):
    if n == 0:
        exc = KeyError("deep-key")
        exc.add_note("note one")
        exc.add_note("final note line")
        raise exc
    deep(n - 1)
print("about to fail")
deep(3)
