# sys.exit(int): SystemExit.code values when caught, then an uncaught exit(3).
import sys

for arg in [0, 1, 2, 255, -1, True, False]:
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(arg), type(e).__name__, repr(e.code), e.args, isinstance(e, BaseException), isinstance(e, Exception))
try:
    raise SystemExit(4)
except SystemExit as e:
    print("raise SystemExit(4)", e.code, str(e), repr(e))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args", e.code, e.args)


def deep(n):
    if n == 0:
        sys.exit(7)
    deep(n - 1)


try:
    deep(5)
except SystemExit as e:
    print("from deep", e.code)
try:
    try:
        sys.exit(9)
    finally:
        print("finally runs")
except SystemExit as e:
    print("after finally", e.code)
try:
    sys.exit(5)
except Exception:
    print("not reached: SystemExit is not an Exception")
except BaseException as e:
    print("BaseException caught", e.code)
print("exiting with 3")
sys.stdout.flush()
sys.exit(3)
print("never printed")
