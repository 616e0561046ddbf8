"""n waiters on a held asyncio.Lock, every other one cancelled while waiting; the rest acquire in turn."""
# quick: 2500
# default: 25000
import asyncio
import sys

acquired = 0
order = 0


async def waiter(lock, i):
    global acquired, order
    async with lock:
        acquired += 1
        order = (order * 31 + i) % 1000000007
    return i


async def main(n):
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [asyncio.create_task(waiter(lock, i)) for i in range(n)]
    await asyncio.sleep(0)
    for i in range(1, n, 2):
        tasks[i].cancel()
    await asyncio.sleep(0)
    lock.release()
    results = await asyncio.gather(*tasks, return_exceptions=True)
    cancelled = 0
    done_sum = 0
    for r in results:
        if isinstance(r, asyncio.CancelledError):
            cancelled += 1
        else:
            done_sum += r
    return ((cancelled * 1000003 + acquired) * 1000003 + done_sum % 1000003) * 1000000007 + order


n = int(sys.argv[1]) if len(sys.argv) > 1 else 25000
print(f"checksum: {asyncio.run(main(n))}")
