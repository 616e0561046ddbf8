"""Contended asyncio.Lock: `tasks` tasks (default 100) each taking the lock
n//tasks times, yielding inside; `rounds` (default 1) repeats that.
Usage: lock_contended.py n [tasks [rounds]]."""
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


async def main(n, tasks, rounds):
    lock = asyncio.Lock()
    iters = n // tasks if tasks else 0
    for _ in range(rounds):
        await asyncio.gather(*(worker(lock, t, iters) for t in range(tasks)))
    return counter * 1000000007 + order


n = int(sys.argv[1]) if len(sys.argv) > 1 else 150000
tasks = int(sys.argv[2]) if len(sys.argv) > 2 else 100
rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 1
print(f"checksum: {asyncio.run(main(n, tasks, rounds))}")
