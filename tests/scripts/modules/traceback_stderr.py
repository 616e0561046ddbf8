# traceback: print_exc() and print_exception() write to stderr (stdout keeps
# only the markers), then an uncaught chained exception ends the script.
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


def fail(n):
    if n == 0:
        raise ValueError("reached zero")
    return fail(n - 1)


try:
    fail(3)
except ValueError as e:
    print("before print_exc")
    traceback.print_exc()
    print("after print_exc")
    traceback.print_exception(e)
    print("after print_exception")
    traceback.print_exception(type(e), e, e.__traceback__)
    sys.stderr.write("stderr text after print_exception\n")
    traceback.print_exc(limit=1)
    print("frames:", len(traceback.extract_tb(e.__traceback__)))
traceback.print_stack(file=sys.stdout)


def show_stack():
    return traceback.extract_stack()


st = show_stack()
print([f.name for f in st][-2:], st[-1].line)
print("".join(traceback.format_stack(limit=1)), end="")
sys.stdout.flush()
try:
    fail(1)
except ValueError as e:
    raise RuntimeError("wrapped failure") from e
