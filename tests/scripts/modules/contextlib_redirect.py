# contextlib.redirect_stdout / redirect_stderr with a writer object.
import contextlib as cl
import sys


class Sink:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        pass


out = Sink()
with cl.redirect_stdout(out) as target:
    print("captured", 1)
    print("second line")
print(target is out, out.parts)
err = Sink()
with cl.redirect_stderr(err):
    print("to stderr", file=sys.stderr)
print(err.parts)
nested_a, nested_b = Sink(), Sink()
with cl.redirect_stdout(nested_a):
    print("a1")
    with cl.redirect_stdout(nested_b):
        print("b1")
    print("a2")
print(nested_a.parts, nested_b.parts)
