"""Recursive fib(n): function-call overhead."""
# quick: 28
# default: 35
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 35
print(f"checksum: {fib(n)}")
