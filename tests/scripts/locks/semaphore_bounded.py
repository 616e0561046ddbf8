# BoundedSemaphore: repr, the bound check, async with under contention and
# cancellation keeps the value within bounds.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def job(name, b, hold):
    try:
        async with b:
            log.append(f"{name} in")
            for _ in range(hold):
                await asyncio.sleep(0)
            log.append(f"{name} out")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def main():
    b = asyncio.BoundedSemaphore(2)
    print(br(b), b.locked(), isinstance(b, asyncio.Semaphore))
    ts = [asyncio.create_task(job(n, b, h)) for n, h in
          (("a", 2), ("b", 1), ("c", 1), ("d", 3), ("e", 1))]
    await asyncio.sleep(0)
    print(log, br(b)); log.clear()
    ts[3].cancel()
    step = 0
    while not all(t.done() for t in ts):
        await asyncio.sleep(0)
        print(step, log, br(b)); log.clear()
        step += 1
    print("end:", br(b), [t.cancelled() for t in ts])
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e, br(b))
    # cancel a waiter that was already woken: its unit goes back, no error
    await b.acquire(); await b.acquire()
    t = asyncio.create_task(job("w", b, 0))
    await asyncio.sleep(0)
    b.release()
    t.cancel()
    await asyncio.sleep(0)
    print(log, br(b)); log.clear()
    b.release()
    print("back to full:", br(b))
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    print(asyncio.BoundedSemaphore().__class__.__mro__[1].__name__,
          br(asyncio.BoundedSemaphore()), br(asyncio.BoundedSemaphore(0)))

asyncio.run(main())
