# Tasks that catch CancelledError around a primitive and carry on: the
# primitive is left consistent and cancelling()/uncancel() bookkeeping.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def stubborn(name, acquire, prim):
    for attempt in range(3):
        try:
            r = await acquire()
            log.append(f"{name} got {r} on attempt {attempt}")
            return attempt
        except asyncio.CancelledError:
            task = asyncio.current_task()
            log.append(f"{name} ignored cancel, cancelling={task.cancelling()} {br(prim)}")
            task.uncancel()
    return None

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(stubborn("a", lock.acquire, lock))
    b = asyncio.create_task(stubborn("b", lock.acquire, lock))
    await asyncio.sleep(0)
    a.cancel()
    await asyncio.sleep(0)
    print(log, br(lock)); log.clear()
    lock.release()
    for step in range(3):
        await asyncio.sleep(0)
        print(step, log, br(lock)); log.clear()
    lock.release()
    await asyncio.sleep(0)
    print(log, br(lock), a.result(), b.result(), a.cancelling()); log.clear()
    lock.release()
    # woken and cancelled: the woken waiter re-queues at the tail
    await lock.acquire()
    a = asyncio.create_task(stubborn("a", lock.acquire, lock))
    b = asyncio.create_task(stubborn("b", lock.acquire, lock))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    for step in range(3):
        await asyncio.sleep(0)
        print(step, log, br(lock)); log.clear()
    lock.release()
    await asyncio.sleep(0)
    print(log, br(lock)); log.clear()
    lock.release()
    # Semaphore: unit given back by the cancelled woken waiter, then taken
    sem = asyncio.Semaphore(0)
    a = asyncio.create_task(stubborn("a", sem.acquire, sem))
    await asyncio.sleep(0)
    sem.release()
    a.cancel()
    for step in range(3):
        await asyncio.sleep(0)
        print(step, log, br(sem)); log.clear()
    # Event: ignoring the cancel and waiting again
    ev = asyncio.Event()
    e = asyncio.create_task(stubborn("e", ev.wait, ev))
    await asyncio.sleep(0)
    e.cancel(); await asyncio.sleep(0)
    e.cancel(); await asyncio.sleep(0)
    ev.set()
    await e
    print(log, br(ev), e.result())

asyncio.run(main())
