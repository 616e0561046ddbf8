"""Contended asyncio.Lock: 100 tasks each taking the lock n//100 times, yielding inside."""
# quick: 8000
# default: 150000
import asyncio
import sys

counter = 0
order = 0


async def worker(lock, tid, iters):
    global counter, order
    for _ in range(iters):
        async with lock:
            counter += 1
            order = (order * 131 + tid) % 1000000007
            await asyncio.sleep(0)


async def main(n):
    lock = asyncio.Lock()
    iters = n // 100
    await asyncio.gather(*(worker(lock, t, iters) for t in range(100)))
    return counter * 1000000007 + order


n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
print(f"checksum: {asyncio.run(main(n))}")
