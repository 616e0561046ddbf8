# sys.exit(other object): its str() is written to stderr and the status is 1.
import sys

for arg in [[1, 2], (3,), {"k": 1}, 2.5, "x", None]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), repr(e.code), repr(str(e)))
try:
    raise SystemExit
except SystemExit as e:
    print("bare class", repr(e.code), e.args)


class Code:
    def __str__(self):
        return "custom exit object"


print("exiting")
sys.exit(Code())
