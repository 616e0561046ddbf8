# Timeouts around Lock.acquire(): the timed-out waiter leaves the queue,
# the lock stays held by its owner, and other waiters still proceed. A
# timeout that fires after release() woke the waiter passes the lock on.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []
cms = {}

async def timed(name, lock, delay):
    try:
        async with asyncio.timeout(delay) as cm:
            cms[name] = cm
            await lock.acquire()
        log.append(f"{name} got lock")
        lock.release()
    except TimeoutError:
        log.append(f"{name} TimeoutError {br(lock)}")

async def plain(name, lock):
    async with lock:
        log.append(f"{name} got lock")

async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(timed("a", lock, 0.03))
    b = asyncio.create_task(plain("b", lock))
    await asyncio.sleep(0)
    print("queued:", br(lock))
    await asyncio.wait([a])
    print(log, br(lock)); log.clear()
    lock.release()
    await b
    print(log, br(lock)); log.clear()
    # wait_for
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.03)
    except TimeoutError as e:
        print("wait_for TimeoutError:", repr(e), br(lock))
    lock.release()
    print("wait_for ok:", await asyncio.wait_for(lock.acquire(), 0.03), br(lock))
    # woken by release(), then the timeout fires before it runs
    a = asyncio.create_task(timed("a", lock, 10))
    b = asyncio.create_task(plain("b", lock))
    await asyncio.sleep(0)
    cms["a"].reschedule(loop.time())     # _on_timeout is call_soon'ed first
    lock.release()
    print("released:", br(lock))
    for step in range(3):
        await asyncio.sleep(0)
        print(step, log, br(lock)); log.clear()
    # released first, timeout rescheduled after: the waiter wins
    await lock.acquire()
    a = asyncio.create_task(timed("a", lock, 10))
    await asyncio.sleep(0)
    lock.release()
    cms["a"].reschedule(loop.time())
    for step in range(2):
        await asyncio.sleep(0)
        print(step, log, br(lock), cms["a"].expired()); log.clear()

asyncio.run(main())
