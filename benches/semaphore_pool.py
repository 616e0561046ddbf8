"""asyncio.Semaphore(10) pool: n gathered tasks each holding a slot across one
sleep(0); `rounds` (default 1) repeats that. Usage: semaphore_pool.py n [rounds]."""
# quick: 4000
# default: 80000
import asyncio
import sys

active = 0
peak = 0
order = 0


async def job(sem, i):
    global active, peak, order
    async with sem:
        active += 1
        if active > peak:
            peak = active
        order = (order * 31 + i) % 1000000007
        await asyncio.sleep(0)
        active -= 1
    return i & 7


async def main(n, rounds):
    sem = asyncio.Semaphore(10)
    total = 0
    for _ in range(rounds):
        results = await asyncio.gather(*(job(sem, i) for i in range(n)))
        total += sum(results)
    return (total * 100 + peak) * 1000000007 + order


n = int(sys.argv[1]) if len(sys.argv) > 1 else 80000
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
print(f"checksum: {asyncio.run(main(n, rounds))}")
