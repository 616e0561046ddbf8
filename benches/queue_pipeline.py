"""Three-stage asyncio.Queue pipeline (producer -> transform -> sink), n items."""
# quick: 30000
# default: 600000
import asyncio
import sys


async def producer(out, n):
    for i in range(n):
        await out.put(i)
    await out.put(None)


async def transform(inp, out):
    while True:
        item = await inp.get()
        if item is None:
            await out.put(None)
            return
        await out.put((item * item + 3) % 65521)


async def sink(inp):
    acc = 0
    count = 0
    while True:
        item = await inp.get()
        if item is None:
            return count * 1000000007 + acc
        count += 1
        acc = (acc * 31 + item) % 1000000007


async def main(n):
    q1 = asyncio.Queue(maxsize=64)
    q2 = asyncio.Queue(maxsize=64)
    _, _, result = await asyncio.gather(producer(q1, n), transform(q1, q2), sink(q2))
    return result


n = int(sys.argv[1]) if len(sys.argv) > 1 else 600000
print(f"checksum: {asyncio.run(main(n))}")
