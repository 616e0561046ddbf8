# The small part of sys used by the foundation: argv, exit (caught), stdout.
import sys
print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith("sys_basics.py"))
print(sys.maxsize == 2 ** 63 - 1, type(sys.maxsize).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", repr(e.code), e.args)
try:
    sys.exit(0)
except SystemExit as e:
    print("SystemExit", repr(e.code))
try:
    sys.exit(3)
except SystemExit as e:
    print("SystemExit", repr(e.code), type(e).__name__, isinstance(e, Exception), isinstance(e, BaseException))
try:
    sys.exit("message text")
except SystemExit as e:
    print("SystemExit", repr(e.code), str(e))
try:
    raise SystemExit(7)
except SystemExit as e:
    print("raised directly", e.code)
try:
    sys.exit(1)
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__)
def cleanup_demo():
    try:
        sys.exit(5)
    finally:
        print("finally runs on sys.exit")
try:
    cleanup_demo()
except SystemExit as e:
    print("after cleanup", e.code)
n = sys.stdout.write("written with sys.stdout.write\n")
print("returned", n)
sys.stdout.write("no newline")
sys.stdout.write(" then newline\n")
print(sys.getrecursionlimit() >= 1000)
print(type(sys.stdout).__name__ != "", callable(sys.exit))
print("end of script")
