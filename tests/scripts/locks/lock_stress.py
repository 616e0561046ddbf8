# Many tasks on one Lock, one Semaphore and one Condition: strict FIFO
# order, no lost wake-ups, counters consistent, with some cancellations.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

async def main():
    lock = asyncio.Lock()
    order = []
    async def locker(i):
        async with lock:
            order.append(i)
            if i % 3 == 0:
                await asyncio.sleep(0)
    ts = [asyncio.create_task(locker(i)) for i in range(200)]
    await asyncio.sleep(0)
    print("queued:", br(lock))
    for i in range(5, 200, 17):
        ts[i].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    cancelled = [i for i, t in enumerate(ts) if t.cancelled()]
    print("cancelled:", cancelled)
    print("fifo:", order == sorted(order), len(order), order[:12], br(lock))

    sem = asyncio.Semaphore(7)
    active = [0, 0]
    async def user(i):
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            for _ in range(i % 4):
                await asyncio.sleep(0)
            active[0] -= 1
            return i
    res = await asyncio.gather(*(user(i) for i in range(300)))
    print("semaphore:", res == list(range(300)), "peak:", active[1], br(sem))

    cond = asyncio.Condition()
    counter = [0]
    woke = []
    async def waiter(i):
        async with cond:
            await cond.wait_for(lambda: counter[0] > i // 10)
            woke.append(i)
    ws = [asyncio.create_task(waiter(i)) for i in range(100)]
    await asyncio.sleep(0)
    for k in range(11):
        async with cond:
            counter[0] += 1
            cond.notify_all()
        await asyncio.sleep(0)
    await asyncio.gather(*ws)
    print("condition:", woke == list(range(100)), len(woke), br(cond))

asyncio.run(main())
