# Several tasks interleaving across await asyncio.sleep(0).
import asyncio

log = []

async def worker(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        print(f"{name} step {i}")
        await asyncio.sleep(0)
    print(f"{name} finished")
    return name * steps

async def main():
    print("creating tasks")
    ta = asyncio.create_task(worker("a", 3))
    tb = asyncio.create_task(worker("b", 1))
    tc = asyncio.create_task(worker("c", 2))
    print("tasks created, nothing ran yet:", log)
    await asyncio.sleep(0)
    print("after first yield:", log)
    r = await ta
    print("ta result", r, "tb done", tb.done(), "tc done", tc.done())
    print("results:", tb.result(), tc.result())
    print("full log:", log)
    order = []
    async def stamp(i):
        order.append(i)
    ts = [asyncio.create_task(stamp(i)) for i in range(6)]
    for t in reversed(ts):
        await t
    print("start order is creation order:", order)
    async def ping(n, other):
        for i in range(n):
            order.append(other)
            await asyncio.sleep(0)
    order.clear()
    await asyncio.gather(ping(3, "x"), ping(3, "y"))
    print("ping/pong:", "".join(order))

asyncio.run(main())
