# A failing task in a TaskGroup cancels siblings blocked on every kind of
# primitive; each primitive is left consistent. Ends with an uncaught
# error raised after the group.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def blocked(name, aw):
    try:
        await aw
        log.append(f"{name} finished")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise

async def failer():
    await asyncio.sleep(0)
    log.append("failer raises")
    raise ValueError("boom")

async def main():
    lock = asyncio.Lock(); await lock.acquire()
    sem = asyncio.Semaphore(0)
    ev = asyncio.Event()
    cond = asyncio.Condition()
    barrier = asyncio.Barrier(3)
    async def cond_wait():
        async with cond:
            await cond.wait()
    prims = (lock, sem, ev, cond, barrier)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(blocked("lock", lock.acquire()))
            tg.create_task(blocked("sem", sem.acquire()))
            tg.create_task(blocked("event", ev.wait()))
            tg.create_task(blocked("cond", cond_wait()))
            tg.create_task(blocked("barrier", barrier.wait()))
            tg.create_task(failer())
            await asyncio.sleep(0)
            print("all blocked:", *map(br, prims))
    except ExceptionGroup as eg:
        print("ExceptionGroup:", eg.message, [repr(e) for e in eg.exceptions])
    print(sorted(log))  # TaskGroup cancels in set order: sort
    print("after:", *map(br, prims))
    print("usable:", await lock.acquire() if not lock.locked() else "held",
          sem.release(), await sem.acquire(), barrier.n_waiting)
    lock.release()
    async with cond:
        cond.notify()
    print("end:", *map(br, prims))
    raise RuntimeError("after the group")

asyncio.run(main())
