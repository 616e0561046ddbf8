# Bounded buffer with one Condition: producers wait while full, consumers
# while empty; notify_all after each change. Step log and totals.
import asyncio

class Buffer:
    def __init__(self, size):
        self.size = size
        self.items = []
        self.cond = asyncio.Condition()
        self.closed = False

    async def put(self, item):
        async with self.cond:
            await self.cond.wait_for(lambda: len(self.items) < self.size)
            self.items.append(item)
            self.cond.notify_all()

    async def get(self):
        async with self.cond:
            await self.cond.wait_for(lambda: self.items or self.closed)
            if not self.items:
                return None
            item = self.items.pop(0)
            self.cond.notify_all()
            return item

    async def close(self):
        async with self.cond:
            self.closed = True
            self.cond.notify_all()

log = []

async def producer(name, buf, n):
    for i in range(n):
        await buf.put(f"{name}{i}")
        log.append(f"{name} put {name}{i} -> {len(buf.items)}")

async def consumer(name, buf):
    got = []
    while (item := await buf.get()) is not None:
        log.append(f"{name} got {item}")
        got.append(item)
        await asyncio.sleep(0)
    log.append(f"{name} sees closed")
    return got

async def main():
    buf = Buffer(2)
    cs = [asyncio.create_task(consumer(n, buf)) for n in ("C1", "C2")]
    ps = [asyncio.create_task(producer(n, buf, 4)) for n in ("a", "b")]
    step = 0
    while not all(p.done() for p in ps):
        await asyncio.sleep(0)
        print(step, log); log.clear()
        step += 1
    await buf.close()
    got = await asyncio.gather(*cs)
    print(log)
    print("consumed:", got, sum(map(len, got)))
    print("left:", buf.items, buf.cond.locked())

asyncio.run(main())
