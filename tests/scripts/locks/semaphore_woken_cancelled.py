# A Semaphore waiter cancelled after being woken gives its unit back and the
# next waiter is woken (test_acquire_hang / test_acquire_cancel_before_awoken).
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def user(name, sem):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled {br(sem)}")
        raise
    log.append(f"{name} got {br(sem)}")

async def steps(sem, n):
    for i in range(n):
        await asyncio.sleep(0)
        print(" ", i, log, br(sem)); log.clear()

async def main():
    print("woken, then cancelled:")
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(user(n, sem)) for n in "abc"]
    await asyncio.sleep(0)
    sem.release()
    print("  a woken:", br(sem))
    ts[0].cancel()
    await steps(sem, 3)
    print(" ", [t.done() for t in ts])

    print("cancelled before the release (futures cancelled, skipped):")
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(user(n, sem)) for n in "wxyz"]
    await asyncio.sleep(0)
    ts[0].cancel(); ts[1].cancel()
    print("  locked() with two live waiters:", sem.locked())
    sem.release()
    print("  released:", br(sem))
    await steps(sem, 3)
    print(" ", [t.done() for t in ts])
    ts[3].cancel()
    await steps(sem, 1)

    print("all waiters cancelled: locked() is False when value > 0")
    sem = asyncio.Semaphore(0)
    ts = [asyncio.create_task(user(n, sem)) for n in "pq"]
    await asyncio.sleep(0)
    for t in ts:
        t.cancel()
    print("  value 0:", sem.locked(), br(sem))
    sem.release()
    print("  value 1:", sem.locked(), br(sem))
    r = await sem.acquire()
    print("  main fast path:", r, br(sem))
    await steps(sem, 2)

    print("woken then cancelled, nobody else waiting: the unit goes back")
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    t = asyncio.create_task(user("h", sem))
    await asyncio.sleep(0)
    sem.release()
    t.cancel()
    await steps(sem, 2)

asyncio.run(main())
