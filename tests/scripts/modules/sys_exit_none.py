# sys.exit() and sys.exit(None): exit status 0 and nothing on stderr;
# the finally clauses and the with statements still run.
import sys

try:
    sys.exit()
except SystemExit as e:
    print("no arg", repr(e.code), e.args)
try:
    sys.exit(None)
except SystemExit as e:
    print("None arg", repr(e.code), e.args)


class CM:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit", exc[0].__name__, exc[1].code)
        return False


try:
    with CM():
        sys.exit(None)
finally:
    print("outer finally")
print("never printed")
