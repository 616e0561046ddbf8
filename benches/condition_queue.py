"""asyncio.Condition producer/consumer over a bounded list buffer, n items."""
# quick: 25000
# default: 400000
import asyncio
import sys

CAPACITY = 8


async def producer(cond, buf, n):
    for i in range(n):
        async with cond:
            await cond.wait_for(lambda: len(buf) < CAPACITY)
            buf.append(i)
            cond.notify()


async def consumer(cond, buf, n):
    acc = 0
    got = 0
    while got < n:
        async with cond:
            while not buf:
                await cond.wait()
            item = buf.pop(0)
            cond.notify()
        got += 1
        acc = (acc * 31 + item) % 1000000007
    return acc


async def main(n):
    cond = asyncio.Condition()
    buf = []
    _, acc = await asyncio.gather(producer(cond, buf, n), consumer(cond, buf, n))
    return acc * 100 + len(buf)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
print(f"checksum: {asyncio.run(main(n))}")
