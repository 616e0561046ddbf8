# When every queued waiter is cancelled (futures cancelled but not yet
# removed), a newcomer takes the lock on the fast path. Cancelled waiters
# then leave the queue without waking anyone.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def waiter(name, lock):
    try:
        r = await lock.acquire()
        log.append(f"{name} got {r}")
        lock.release()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled {br(lock)}")
        raise

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    ws = [asyncio.create_task(waiter(n, lock)) for n in "ab"]
    await asyncio.sleep(0)
    print("queued:", br(lock))
    for w in ws:
        w.cancel()
    lock.release()
    print("all cancelled, released:", br(lock))
    # no await in between: the fast path ignores the cancelled futures
    r = await lock.acquire()
    print("main acquire:", r, br(lock))
    await asyncio.sleep(0)
    print("after cancel handling:", log, br(lock)); log.clear()
    lock.release()
    print([w.cancelled() for w in ws], br(lock))

    # one live waiter among cancelled ones: the fast path is refused
    await lock.acquire()
    ws = [asyncio.create_task(waiter(n, lock)) for n in "xyz"]
    await asyncio.sleep(0)
    ws[0].cancel()
    ws[2].cancel()
    lock.release()
    print("x, z cancelled, released:", br(lock))
    late = asyncio.create_task(waiter("late", lock))
    for step in range(4):
        await asyncio.sleep(0)
        print(step, log, br(lock)); log.clear()
    print([w.cancelled() for w in ws], late.done())

    # cancelled while the lock is held: nothing to pass on
    await lock.acquire()
    t = asyncio.create_task(waiter("t", lock))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print("held:", log, br(lock)); log.clear()
    lock.release()
    print("end:", br(lock))

asyncio.run(main())
