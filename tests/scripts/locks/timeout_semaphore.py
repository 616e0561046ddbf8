# Timeouts around Semaphore.acquire(): value and waiters afterwards; a
# waiter woken by release() and then timed out gives its unit back.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []
cms = {}

async def timed(name, sem, delay):
    try:
        async with asyncio.timeout(delay) as cm:
            cms[name] = cm
            await sem.acquire()
        log.append(f"{name} acquired {br(sem)}")
    except TimeoutError:
        log.append(f"{name} TimeoutError {br(sem)}")

async def plain(name, sem):
    await sem.acquire()
    log.append(f"{name} acquired {br(sem)}")

async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    a = asyncio.create_task(timed("a", sem, 0.03))
    b = asyncio.create_task(plain("b", sem))
    await asyncio.sleep(0)
    print(br(sem), sem.locked())
    await asyncio.wait([a])
    print(log, br(sem)); log.clear()
    sem.release()
    await b
    print(log, br(sem)); log.clear()
    try:
        await asyncio.wait_for(sem.acquire(), 0.03)
    except TimeoutError:
        print("wait_for TimeoutError", br(sem))
    sem.release()
    print("wait_for ok:", await asyncio.wait_for(sem.acquire(), 0.03), br(sem))
    # woken, then timed out before running: unit returned and passed to b
    a = asyncio.create_task(timed("a", sem, 10))
    b = asyncio.create_task(plain("b", sem))
    await asyncio.sleep(0)
    cms["a"].reschedule(loop.time())
    sem.release()
    print("released:", br(sem))
    for step in range(3):
        await asyncio.sleep(0)
        print(step, log, br(sem)); log.clear()
    # timed out with nobody else waiting: the unit stays in the semaphore
    a = asyncio.create_task(timed("a", sem, 10))
    await asyncio.sleep(0)
    cms["a"].reschedule(loop.time())
    sem.release()
    await asyncio.sleep(0)
    print(log, br(sem)); log.clear()
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    try:
        async with asyncio.timeout(0.03):
            async with b:
                print("not reached")
    except TimeoutError:
        print("bounded TimeoutError:", br(b))
    b.release()
    print(br(b))

asyncio.run(main())
