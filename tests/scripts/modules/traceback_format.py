# traceback: print_exc/format_exc/format_exception/format_exception_only/
# extract_tb on exceptions raised in this file, with output kept in stdout.
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


def level3(x):
    return 10 // x


def level2(x):
    return level3(x) + 1


def level1(x):
    return level2(x) * 2


try:
    level1(0)
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
    text = traceback.format_exc()
    print("format_exc lines:", len(text.splitlines()), text.endswith("\n"))
    print(text, end="")
    print(repr(text.splitlines()[-1]))
print("---")
try:
    {}["missing"]
except KeyError as e:
    lines = traceback.format_exception(e)
    print(type(lines).__name__, len(lines), all(isinstance(s, str) for s in lines))
    print("".join(lines), end="")
    print(traceback.format_exception_only(e))
    print(traceback.format_exception_only(type(e), e))
    print(traceback.format_exception(type(e), e, e.__traceback__) == lines)
print("---")


class Custom(Exception):
    pass


for exc in [ValueError("bad value"), Custom("custom message"), Custom(), KeyError("k"),
            OSError(2, "No such file"), Exception("multi\nline"), SyntaxError("invalid syntax"),
            StopIteration(5), ArithmeticError()]:
    print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(None))
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(traceback.format_exception_only(e))
print("".join(traceback.format_exception(e)), end="")
print("---")
try:
    level1(0)
except ZeroDivisionError as e:
    tb = e.__traceback__
    frames = traceback.extract_tb(tb)
    print(len(frames), [f.name for f in frames], [f.lineno for f in frames])
    print([f.line for f in frames])
    print(all(f.filename == __file__ or f.filename.endswith("traceback_format.py") for f in frames))
    print(len(traceback.extract_tb(tb, limit=2)), [f.name for f in traceback.extract_tb(tb, limit=2)])
    fs = frames[-1]
    print(fs.name, fs.lineno, fs.line, fs[1:3] if hasattr(fs, "__getitem__") else "", type(frames).__name__)
    print(traceback.format_list(frames[-1:]))
    print("".join(traceback.format_tb(tb, limit=1)), end="")
    print(len(traceback.format_tb(tb)))
    print("".join(traceback.format_exception(e, limit=1)), end="")
    print("".join(traceback.format_exception(e, limit=-1)), end="")
print("---")


def gen():
    yield 1
    raise RuntimeError("from generator")


try:
    for _ in gen():
        pass
except RuntimeError:
    traceback.print_exc(file=sys.stdout)
try:
    exec("x = 1\ny = x + undefined_name\n")
except NameError:
    traceback.print_exc(file=sys.stdout, limit=None)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError:
    traceback.print_exc(limit=0, file=sys.stdout)
print(repr(traceback.format_exc()) if sys.exc_info()[0] is None else "in handler")
