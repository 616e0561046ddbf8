# No barging: release() only completes the first waiter's future; the waiter
# takes the lock when its task runs. A newcomer that calls acquire() in
# between sees locked() == False but still queues behind the woken waiter.
import asyncio

def br(x):
    r = repr(x)
    return f"{type(x).__name__} {r[r.index('['):r.rindex(']') + 1]}"

log = []

async def waiter(lock):
    log.append("W acquire")
    await lock.acquire()
    log.append(f"W got it {br(lock)}")
    await asyncio.sleep(0)
    log.append("W release")
    lock.release()

async def newcomer(lock):
    log.append(f"N runs, locked()={lock.locked()} {br(lock)}")
    await lock.acquire()
    log.append(f"N got it {br(lock)}")
    lock.release()

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(0)
    print("1", log, br(lock)); log.clear()
    n = asyncio.create_task(newcomer(lock))   # scheduled before W's wake-up
    lock.release()
    print("2 released:", br(lock), lock.locked())
    for step in range(3, 7):
        await asyncio.sleep(0)
        print(step, log, br(lock)); log.clear()
    print("done:", w.done(), n.done(), br(lock))

    # main itself calls acquire() right after release(): it queues too
    await lock.acquire()
    w = asyncio.create_task(waiter(lock))
    await asyncio.sleep(0)
    log.clear()
    lock.release()
    print("main re-acquires, locked() =", lock.locked())
    await lock.acquire()
    print("main got it after:", log, br(lock))
    lock.release()
    await w
    log.clear()

    # with no waiters at all, release + acquire is immediate (fast path)
    await lock.acquire()
    lock.release()
    t = asyncio.create_task(newcomer(lock))
    await asyncio.sleep(0)
    print("fast path:", log, br(lock))

asyncio.run(main())
