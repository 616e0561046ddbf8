# asyncio.shield() around acquire()/wait(): the outer await is cancelled
# but the inner acquire keeps going and takes the lock or unit anyway.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def shielded(name, aw_factory, prim):
    inner = shielded.inner = asyncio.ensure_future(aw_factory())
    try:
        r = await asyncio.shield(inner)
        log.append(f"{name} got {r}")
    except asyncio.CancelledError:
        log.append(f"{name} outer cancelled, inner done={inner.done()} {br(prim)}")
        raise

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    t = asyncio.create_task(shielded("L", lock.acquire, lock))
    await asyncio.sleep(0)
    print(br(lock))
    t.cancel()
    await asyncio.sleep(0)
    print(log, br(lock)); log.clear()
    lock.release()
    await asyncio.sleep(0)
    print("inner acquired anyway:", shielded.inner.result(), br(lock))
    lock.release()

    sem = asyncio.Semaphore(0)
    t = asyncio.create_task(shielded("S", sem.acquire, sem))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print(log, br(sem)); log.clear()
    sem.release()
    print("released:", br(sem))
    await asyncio.sleep(0)
    print("inner:", shielded.inner.result(), br(sem))

    ev = asyncio.Event()
    t = asyncio.create_task(shielded("E", ev.wait, ev))
    await asyncio.sleep(0)
    t.cancel("outer")
    await asyncio.sleep(0)
    print(log, br(ev)); log.clear()
    ev.set()
    await asyncio.sleep(0)
    print("inner:", shielded.inner.result(), br(ev))

    # cancelling the inner task itself is seen by the outer awaiter
    lock2 = asyncio.Lock()
    await lock2.acquire()
    t = asyncio.create_task(shielded("L2", lock2.acquire, lock2))
    await asyncio.sleep(0)
    shielded.inner.cancel()
    for step in range(4):
        await asyncio.sleep(0)
        print(step, log, t.done(), br(lock2)); log.clear()
    print("outer cancelled:", t.cancelled(), "inner cancelled:", shielded.inner.cancelled())

asyncio.run(main())
