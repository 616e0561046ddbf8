"""Uncontended asyncio.Lock: one task doing `async with lock` in a tight loop."""
# quick: 150000
# default: 2500000
import asyncio
import sys


async def main(n):
    lock = asyncio.Lock()
    counter = 0
    acc = 0
    for i in range(n):
        async with lock:
            counter += 1
            acc = (acc * 31 + (i & 255)) % 1000000007
    if lock.locked():
        acc = -1
    return counter * 1000000007 + acc


n = int(sys.argv[1]) if len(sys.argv) > 1 else 2500000
print(f"checksum: {asyncio.run(main(n))}")
