# SystemExit still runs finally blocks; the exit code comes from the argument.
import sys
def main():
    try:
        print("in main")
        sys.exit(4)
    finally:
        print("cleanup in finally")
main()
