"""Integer arithmetic in nested for/while loops."""
# quick: 3000
# default: 50000
import sys


def work(n):
    total = 0
    for i in range(n):
        row = 0
        for j in range(200):
            row += (i * j) % 7 - (j >> 2) + (i ^ j)
        total = (total * 31 + row) & 0xFFFFFFFF
        k = i
        steps = 0
        while k > 1 and steps < 50:
            if k & 1:
                k = 3 * k + 1
            else:
                k //= 2
            steps += 1
        total += steps
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
print(f"checksum: {work(n)}")
