"""asyncio.Barrier(50): 50 tasks passing n rounds of `await barrier.wait()`."""
# quick: 200
# default: 3000
import asyncio
import sys

PARTIES = 50


async def party(barrier, tid, rounds):
    acc = 0
    for r in range(rounds):
        idx = await barrier.wait()
        acc = (acc * 53 + idx * (tid + 1) + r) % 1000000007
    return acc


async def main(n):
    barrier = asyncio.Barrier(PARTIES)
    accs = await asyncio.gather(*(party(barrier, t, n) for t in range(PARTIES)))
    total = 0
    for a in accs:
        total = (total * 1000003 + a) % 1000000007
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 3000
print(f"checksum: {asyncio.run(main(n))}")
