# Races between cancel() and release() (CPython's test_cancel_race,
# test_cancel_release_race, test_finished_waiter_cancelled) with step logs.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def lockit(name, lock, blocker=None):
    log.append(f"{name} acquire")
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise
    log.append(f"{name} locked")
    try:
        if blocker is not None:
            await blocker
    finally:
        lock.release()
        log.append(f"{name} released")

async def run(steps, lock):
    for i in range(steps):
        await asyncio.sleep(0)
        print(" ", i, log, br(lock)); log.clear()

async def main():
    loop = asyncio.get_running_loop()
    print("race 1: A releases while B (first waiter) is cancelled")
    lock = asyncio.Lock()
    fa = loop.create_future()
    ta = asyncio.create_task(lockit("A", lock, fa))
    tb = asyncio.create_task(lockit("B", lock))
    tc = asyncio.create_task(lockit("C", lock))
    await run(1, lock)
    fa.set_result(None)
    tb.cancel()
    await run(3, lock)
    print(" ", ta.done(), tb.cancelled(), tc.done())

    print("race 2: a callback cancels t1 then releases")
    lock = asyncio.Lock()
    await lock.acquire()
    ts = [asyncio.create_task(lockit(f"t{i}", lock, loop.create_future()))
          for i in range(1, 4)]
    await run(1, lock)
    def trigger():
        log.append("trigger")
        ts[0].cancel()
        lock.release()
    loop.call_soon(trigger)
    await run(3, lock)
    print(" ", [t.done() for t in ts], lock.locked())
    for t in ts:
        t.cancel()
    await run(2, lock)

    print("race 3: waiter b cancelled, then release; newcomer c takes the fast path")
    lock = asyncio.Lock()
    await lock.acquire()
    tb = asyncio.create_task(lockit("b", lock))
    await run(1, lock)
    tc = asyncio.create_task(lockit("c", lock))
    tb.cancel()
    lock.release()
    await run(3, lock)
    print(" ", tb.cancelled(), tc.done())

asyncio.run(main())
