# sys.exit(str): the message goes to stderr and the exit status is 1.
import sys

try:
    sys.exit("caught message")
except SystemExit as e:
    print(type(e).__name__, repr(e.code), str(e), e.args)
try:
    sys.exit("")
except SystemExit as e:
    print("empty", repr(e.code))
print("about to exit with a message")
sys.exit("fatal: something went wrong")
