# Three tasks queue on a lock; each holds it across two sleeps.
# The order of acquisition is the order of acquire() calls.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def worker(name, lock, holds):
    log.append(f"{name}:wait")
    async with lock:
        log.append(f"{name}:in")
        for _ in range(holds):
            await asyncio.sleep(0)
            log.append(f"{name}:hold")
    log.append(f"{name}:out")

async def main():
    lock = asyncio.Lock()
    tasks = [asyncio.create_task(worker(n, lock, h))
             for n, h in (("x", 2), ("y", 0), ("z", 1))]
    step = 0
    while not all(t.done() for t in tasks):
        await asyncio.sleep(0)
        print(step, log, br(lock))
        log.clear()
        step += 1
    print("end", br(lock))
    # late arrivals join the tail of the queue
    await lock.acquire()
    order = []
    async def late(name):
        async with lock:
            order.append(name)
    ts = [asyncio.create_task(late("p")), asyncio.create_task(late("q"))]
    await asyncio.sleep(0)
    ts.append(asyncio.create_task(late("r")))
    await asyncio.sleep(0)
    print("queued:", br(lock))
    lock.release()
    await asyncio.gather(*ts)
    print(order, br(lock))

asyncio.run(main())
