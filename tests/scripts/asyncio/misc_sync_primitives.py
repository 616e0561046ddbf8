# Lock, Event and Semaphore basics used by the crawler example.
import asyncio

async def main():
    lock = asyncio.Lock()
    order = []
    async def critical(name):
        async with lock:
            order.append(f"{name} in")
            await asyncio.sleep(0)
            order.append(f"{name} out")
    await asyncio.gather(critical("a"), critical("b"), critical("c"))
    print(order)
    print("lock locked after:", lock.locked())
    ev = asyncio.Event()
    seen = []
    async def waiter(i):
        await ev.wait()
        seen.append(i)
    ws = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("event set?", ev.is_set(), "seen:", seen)
    ev.set()
    await asyncio.gather(*ws)
    print("after set:", seen, ev.is_set())
    ev.clear()
    print("cleared:", ev.is_set())
    sem = asyncio.Semaphore(2)
    active = 0
    peak = 0
    async def limited(i):
        nonlocal active, peak
        async with sem:
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.01)
            active -= 1
        return i
    print(await asyncio.gather(*(limited(i) for i in range(6))), "peak:", peak)
    print("semaphore locked:", sem.locked())
    bs = asyncio.BoundedSemaphore(1)
    await bs.acquire()
    bs.release()
    try:
        bs.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
