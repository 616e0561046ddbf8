# Cancelling Semaphore users at each point: before start, queued, woken but
# not yet run (unit handed back and passed on), while holding.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def user(name, sem):
    log.append(f"{name} start")
    try:
        async with sem:
            log.append(f"{name} holds")
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled {br(sem)}")
        raise
    log.append(f"{name} exit")

async def scenario(title, cls, cancel, release_at):
    print(title, cls.__name__)
    sem = cls(2)
    await sem.acquire(); await sem.acquire()
    ts = {n: asyncio.create_task(user(n, sem)) for n in "abc"}
    for step in range(6):
        if step == release_at:
            sem.release()
            log.append("main released")
        for name, at in cancel:
            if at == step:
                log.append(f"cancel {name} -> {ts[name].cancel()}")
        await asyncio.sleep(0)
        print(" ", step, log, br(sem)); log.clear()
    sem.release()
    await asyncio.gather(*ts.values(), return_exceptions=True)
    print("  end:", log, br(sem), [t.cancelled() for t in ts.values()]); log.clear()

async def main():
    await scenario("cancel before start", asyncio.Semaphore, [("a", 0)], 1)
    await scenario("cancel queued", asyncio.Semaphore, [("a", 1)], 2)
    await scenario("cancel woken", asyncio.Semaphore, [("a", 2)], 2)
    await scenario("cancel woken and next", asyncio.BoundedSemaphore,
                   [("a", 2), ("b", 2)], 2)
    await scenario("cancel holding", asyncio.BoundedSemaphore, [("a", 3)], 2)
    await scenario("cancel all queued", asyncio.Semaphore,
                   [("a", 1), ("b", 1), ("c", 1)], 3)

asyncio.run(main())
