"""Recursive fib(n): function-call overhead."""
# quick: 20
# default: 28
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 28
print(f"checksum: {fib(n)}")
