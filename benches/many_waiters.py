"""n tasks all waiting on one asyncio.Event, then woken by a single set()."""
# quick: 5000
# default: 100000
import asyncio
import sys

woken = 0
order = 0


async def waiter(event, i):
    global woken, order
    await event.wait()
    woken += 1
    order = (order * 31 + i) % 1000000007
    return i % 10


async def main(n):
    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, i)) for i in range(n)]
    await asyncio.sleep(0)
    event.set()
    results = await asyncio.gather(*tasks)
    return (woken * 1000 + sum(results) % 1000) * 1000000007 + order


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
print(f"checksum: {asyncio.run(main(n))}")
