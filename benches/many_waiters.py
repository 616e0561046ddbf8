"""n tasks all waiting on one asyncio.Event, then woken by a single set();
`rounds` (default 1) repeats that. Usage: many_waiters.py n [rounds]."""
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


async def main(n, rounds):
    total = 0
    for _ in range(rounds):
        event = asyncio.Event()
        tasks = [asyncio.create_task(waiter(event, i)) for i in range(n)]
        await asyncio.sleep(0)
        event.set()
        results = await asyncio.gather(*tasks)
        total += sum(results)
    return (woken * 1000 + total % 1000) * 1000000007 + order


n = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 1
print(f"checksum: {asyncio.run(main(n, rounds))}")
