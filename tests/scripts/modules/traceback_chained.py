# traceback: chained exceptions (__cause__, __context__, from None) in
# format_exc / format_exception / print_exception output, and TracebackException.
import sys
import traceback


class _RepoRelative:
    """stdout with the checkout's directory masked: tracebacks print
    absolute paths, which differ between checkouts."""

    here = __file__.rsplit("/", 1)[0]

    def write(self, s):
        return sys.__stdout__.write(s.replace(self.here, "<dir>"))

    def flush(self):
        sys.__stdout__.flush()


sys.stdout = _RepoRelative()


def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"cannot parse {s!r}") from e


def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise RuntimeError("lookup failed")


def quiet(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("quiet failure") from None


try:
    parse("abc")
except TypeError:
    print(traceback.format_exc(), end="")
print("=== implicit context")
try:
    lookup({}, "k")
except RuntimeError as e:
    print("".join(traceback.format_exception(e)), end="")
    print(e.__context__.__class__.__name__, e.__cause__, e.__suppress_context__)
print("=== from None")
try:
    quiet({}, "k")
except LookupError as e:
    traceback.print_exception(e, file=sys.stdout)
    print(type(e.__context__).__name__, e.__cause__, e.__suppress_context__)
print("=== chain=False")
try:
    parse("x")
except TypeError as e:
    traceback.print_exception(e, chain=False, file=sys.stdout)
print("=== three levels")


def deep():
    try:
        try:
            raise OSError("disk")
        except OSError as inner:
            raise ValueError("middle") from inner
    except ValueError:
        raise KeyError("top")


try:
    deep()
except KeyError as e:
    lines = traceback.format_exception(e)
    print(len(lines))
    print("".join(lines), end="")
print("=== error inside handler of different type")
try:
    try:
        [][1]
    except IndexError:
        None.attr
except AttributeError:
    traceback.print_exc(file=sys.stdout)
print("=== explicit cause set manually")
err = ValueError("outer")
err.__cause__ = KeyError("manual cause")
print("".join(traceback.format_exception(err)), end="")
print("=== TracebackException")
try:
    parse("zz")
except TypeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type_str if hasattr(te, "exc_type_str") else te.exc_type.__name__, str(te))
    print(type(te.__cause__).__name__, te.__cause__.exc_type_str if hasattr(te.__cause__, "exc_type_str") else "")
    print(list(te.format_exception_only()))
    print("".join(te.format()), end="")
    print(len(te.stack), [f.name for f in te.stack])
print("=== exception group")
try:
    raise ExceptionGroup("several", [ValueError("v1"), TypeError("t1")])
except ExceptionGroup as eg:
    traceback.print_exc(file=sys.stdout)
    print(traceback.format_exception_only(eg))
