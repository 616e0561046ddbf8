# Primitives bind to the first event loop that has to create a future for
# them; the uncontended fast paths never check the loop.
import asyncio

def tail(e):
    m = str(e)
    return f"{type(e).__name__}: {m[:m.index(' object at ')]} ...{m[m.index('['):]}"

lock = asyncio.Lock()
event = asyncio.Event()
sem = asyncio.Semaphore(1)
cond = asyncio.Condition()
barrier = asyncio.Barrier(2)

async def contend(prim, acquire):
    t = asyncio.create_task(acquire())
    await asyncio.sleep(0)
    prim.release()
    await t
    prim.release()

async def first():
    await lock.acquire(); lock.release()
    print("loop 1 fast path ok")
    await lock.acquire()
    await contend(lock, lock.acquire)
    print("loop 1 contended ok, locked:", lock.locked())
    await sem.acquire()
    await contend(sem, sem.acquire)
    async def setter():
        event.set()
    asyncio.create_task(setter())
    print("event wait:", await event.wait())
    event.clear()
    async with cond:
        asyncio.get_running_loop().call_soon(lambda: asyncio.ensure_future(notifier()))
        print("cond wait:", await cond.wait())
    print(await asyncio.gather(barrier.wait(), barrier.wait()))

async def notifier():
    async with cond:
        cond.notify()

async def second():
    print("loop 2 fast path:", await lock.acquire(), lock.locked())
    try:
        await lock.acquire()
    except RuntimeError as e:
        print(tail(e))
    print("lock still held:", lock.locked())
    lock.release()
    print("sem fast path:", await sem.acquire())
    try:
        await sem.acquire()
    except RuntimeError as e:
        print(tail(e))
    sem.release()
    event.set()
    print("set event wait:", await event.wait())
    event.clear()
    try:
        await event.wait()
    except RuntimeError as e:
        print(tail(e))
    await cond.acquire()
    try:
        await cond.wait()
    except RuntimeError as e:
        print(tail(e), "locked:", cond.locked())
    cond.release()
    try:
        await barrier.wait()
    except RuntimeError as e:
        print(tail(e))
    print("barrier:", barrier.n_waiting, barrier.broken)

asyncio.run(first())
asyncio.run(second())
