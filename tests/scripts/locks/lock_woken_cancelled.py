# A waiter whose future was completed by release() but which is cancelled
# before its task runs passes the wake-up on to the next waiter.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def waiter(name, lock):
    try:
        await lock.acquire()
    except asyncio.CancelledError:
        log.append(f"{name} cancelled, locked={lock.locked()} {br(lock)}")
        raise
    log.append(f"{name} got it")
    await asyncio.sleep(0)
    lock.release()
    log.append(f"{name} released")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(waiter("a", lock))
    b = asyncio.create_task(waiter("b", lock))
    c = asyncio.create_task(waiter("c", lock))
    await asyncio.sleep(0)
    print("queued:", br(lock))
    lock.release()                 # completes a's future
    print("cancel a:", a.cancel(), br(lock))
    for step in range(5):
        await asyncio.sleep(0)
        print(step, log, br(lock)); log.clear()
    print("a:", a.cancelled(), "b:", b.result(), "c:", c.result())

    # a newcomer created right after the cancel still queues behind b
    await lock.acquire()
    a = asyncio.create_task(waiter("a", lock))
    b = asyncio.create_task(waiter("b", lock))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    thief = asyncio.create_task(waiter("thief", lock))
    for step in range(5):
        await asyncio.sleep(0)
        print(step, log, br(lock)); log.clear()
    print("a:", a.cancelled(), "b:", b.done(), "thief:", thief.done())

asyncio.run(main())
