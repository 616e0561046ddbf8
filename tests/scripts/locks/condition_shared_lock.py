# Condition(lock) shares the given Lock: locked(), acquire() and release()
# are the lock's bound methods; two conditions on one lock.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    print(cond.locked == lock.locked, cond.acquire == lock.acquire,
          cond.release == lock.release)
    print(cond.locked.__self__ is lock, asyncio.Condition().locked.__self__ is lock)
    await lock.acquire()
    print("lock acquired:", cond.locked(), br(cond), br(lock))
    cond.release()
    print("cond released:", lock.locked(), br(cond), br(lock))
    async with cond:
        print("in cond:", lock.locked(), br(lock))
    # two conditions over one lock (like not_empty / not_full)
    not_empty = asyncio.Condition(lock)
    not_full = asyncio.Condition(lock)
    buf = []
    made = [0]
    async def consumer():
        async with not_empty:
            await not_empty.wait_for(lambda: buf)
            log.append(f"took {buf.pop(0)}")
            not_full.notify()
    async def producer():
        async with not_full:
            await not_full.wait_for(lambda: len(buf) < 1)
            made[0] += 1
            buf.append(made[0])
            log.append("put")
            not_empty.notify()
    ts = [asyncio.create_task(consumer()) for _ in range(2)]
    ts += [asyncio.create_task(producer()) for _ in range(2)]
    for step in range(8):
        await asyncio.sleep(0)
        print(step, log, br(lock), br(not_empty), br(not_full)); log.clear()
    print([t.done() for t in ts])
    # wait() on one condition releases the shared lock: a task blocked on
    # the lock gets it while the condition's waiter is parked
    async def parked():
        async with not_full:
            log.append("parked waits")
            await not_full.wait()
            log.append(f"parked back, locked={lock.locked()}")
    async def grabber():
        async with lock:
            log.append("grabber has lock")
            not_full.notify()
        log.append("grabber done")
    p = asyncio.create_task(parked())
    g = asyncio.create_task(grabber())
    for step in range(4):
        await asyncio.sleep(0)
        print(step, log, br(lock), br(not_full)); log.clear()
    print(p.done(), g.done())

asyncio.run(main())
